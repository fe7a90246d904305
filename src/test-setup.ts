import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// findBy* and waitFor give up after one second by default: too short for a save through the
// real database on a busy shared machine. Waiting longer only delays a failure, never hides one.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());

// jsdom lays nothing out and has no scrollIntoView; the check-in form calls it after a save to
// bring its confirmation into view (checked in the e2e suite, where there is layout).
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
	Element.prototype.scrollIntoView = function scrollIntoView() {};
}
