// npm run edit: the location editor (src/editor/) on Vite's dev server, with the site beside it.
//
//   npm run edit [-- --port 5180] [-- --host 0.0.0.0] [-- --no-open]
//
// The editor exists only here: XY_EDITOR=1 makes vite.config.ts load its plugin, which is
// never part of a build. XY_EDITOR_PLACES / XY_EDITOR_STEPS / XY_EDITOR_REVIEW point it at
// other copies of the data files (the browser tests use temporary ones).
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const { values } = parseArgs({
	options: {
		port: { type: 'string' },
		host: { type: 'string' },
		'no-open': { type: 'boolean', default: false }
	}
});

process.env.XY_EDITOR = '1';

// Open a browser where there is a desktop to open it on.
const desktop =
	process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const open = !values['no-open'] && !process.env.CI && desktop;

const server = await createServer({
	server: {
		port: values.port ? Number(values.port) : undefined,
		strictPort: Boolean(values.port),
		host: values.host,
		open: open ? '/__editor/' : false
	}
});
await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });
