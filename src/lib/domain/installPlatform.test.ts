import { describe, expect, it } from 'vitest';
import { installPlatform } from './installPlatform';

describe('install platform', () => {
	it('finds iPhone and iPad, including iPadOS that reports itself as a Mac with touch', () => {
		const iPhone =
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1';
		const mac =
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15';
		expect(installPlatform({ userAgent: iPhone, platform: 'iPhone', maxTouchPoints: 5 })).toBe(
			'apple-mobile'
		);
		expect(installPlatform({ userAgent: mac, platform: 'MacIntel', maxTouchPoints: 5 })).toBe(
			'apple-mobile'
		);
		expect(installPlatform({ userAgent: mac, platform: 'MacIntel', maxTouchPoints: 0 })).toBe(
			'other'
		);
	});

	it('leaves Android and desktop browsers to the install prompt', () => {
		const android =
			'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36';
		const windows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0 Safari/537.36';
		expect(
			installPlatform({ userAgent: android, platform: 'Linux armv8l', maxTouchPoints: 5 })
		).toBe('other');
		expect(installPlatform({ userAgent: windows, platform: 'Win32', maxTouchPoints: 0 })).toBe(
			'other'
		);
	});
});
