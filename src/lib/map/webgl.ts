/** True when the browser can give MapLibre the WebGL2 context it needs. */
export function hasWebGL2(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return Boolean(canvas.getContext('webgl2'));
	} catch {
		return false;
	}
}
