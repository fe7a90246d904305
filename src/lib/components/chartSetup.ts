// Chart.js with only what the pain chart uses registered. Imported dynamically by PainChart, so
// Chart.js is loaded on Insights and never on Today.

import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LineController,
	LineElement,
	LinearScale,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	LineController,
	LineElement,
	LinearScale,
	PointElement,
	Tooltip,
	Legend
);

export { Chart };
