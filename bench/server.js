// The production build served by `vite preview` for the benchmark and the audit.
import { spawn } from 'node:child_process';

/** @param {string} origin */
async function answers(origin) {
	try {
		return (await fetch(origin)).ok;
	} catch {
		return false;
	}
}

/**
 * Starts `vite preview` in its own process group, so it and its children stop together. Refuses a
 * port that something else already serves: its answers would be measured as ours.
 * @param {number} port
 */
export async function startServer(port) {
	const origin = `http://localhost:${port}`;
	if (await answers(origin)) {
		throw new Error(`Port ${port} is already served by something else; choose another: --port=N`);
	}
	const server = spawn(
		'node_modules/.bin/vite',
		['preview', '--port', String(port), '--strictPort'],
		{ detached: true, stdio: 'ignore' }
	);
	let exited = false;
	server.on('exit', () => (exited = true));
	for (let attempt = 0; attempt < 100 && !exited; attempt += 1) {
		if (await answers(origin)) return server;
		await new Promise((done) => setTimeout(done, 200));
	}
	stopServer(server);
	throw new Error(`vite preview did not answer on ${origin}`);
}

/** @param {import('node:child_process').ChildProcess} server */
export function stopServer(server) {
	if (server.pid === undefined) return;
	try {
		process.kill(-server.pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
}
