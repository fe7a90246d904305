import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Field, { type FieldControl } from './Field.svelte';

/** A text input that takes the attributes Field hands its control, as a form's snippet does. */
const textInput = createRawSnippet((attributes: () => FieldControl) => ({
	render: () => '<input type="text" />',
	setup(input) {
		$effect(() => {
			for (const [name, value] of Object.entries(attributes())) {
				if (value === undefined) input.removeAttribute(name);
				else input.setAttribute(name, value);
			}
		});
	}
}));

const described = (element: HTMLElement) =>
	(element.getAttribute('aria-describedby') ?? '')
		.split(' ')
		.filter(Boolean)
		.map((id) => document.getElementById(id)?.textContent);

describe('Field', () => {
	it('names its control by the label and describes it by the hint', () => {
		render(Field, {
			id: 'log-spots',
			label: 'Spots per side',
			hint: 'From 1 to 10.',
			control: textInput
		});
		const input = screen.getByRole('textbox', { name: 'Spots per side' });
		expect(input).toHaveAttribute('id', 'log-spots');
		expect(input).not.toHaveAttribute('aria-invalid');
		expect(described(input)).toEqual(['From 1 to 10.']);
	});

	it('marks the control invalid and describes it by the hint and the error while there is one', async () => {
		const { rerender } = render(Field, {
			id: 'log-spots',
			label: 'Spots per side',
			hint: 'From 1 to 10.',
			error: '',
			control: textInput
		});
		const input = screen.getByRole('textbox', { name: 'Spots per side' });

		await rerender({ error: 'Choose 1 to 10 spots.' });
		expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(described(input)).toEqual(['From 1 to 10.', 'Choose 1 to 10 spots.']);
		expect(input).toHaveAccessibleDescription('From 1 to 10. Choose 1 to 10 spots.');

		await rerender({ error: '' });
		expect(input).not.toHaveAttribute('aria-invalid');
		expect(described(input)).toEqual(['From 1 to 10.']);
		expect(screen.queryByText('Choose 1 to 10 spots.')).not.toBeInTheDocument();
	});

	it('describes a control without a hint by its error alone, and by nothing without one', async () => {
		const { rerender } = render(Field, { id: 'clinic-day', label: 'Date', control: textInput });
		const input = screen.getByRole('textbox', { name: 'Date' });
		expect(input).not.toHaveAttribute('aria-describedby');

		await rerender({ error: 'Choose a date.' });
		expect(described(input)).toEqual(['Choose a date.']);
		expect(input).toHaveAttribute('aria-invalid', 'true');
	});
});
