// `npm run build:deploy`: the build to publish. Refuses to start without an https public
// address, so no deployed page can carry localhost or missing canonical links.
import { spawnSync } from 'node:child_process';
import { originProblem } from '../src/lib/site/origin';

const problem = originProblem(process.env.PUBLIC_SITE_ORIGIN);
if (problem) {
	console.error(`build:deploy: ${problem}`);
	console.error('Set it, e.g.: PUBLIC_SITE_ORIGIN=https://www.example.gov.cn npm run build:deploy');
	process.exit(1);
}
const { status } = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
process.exit(status ?? 1);
