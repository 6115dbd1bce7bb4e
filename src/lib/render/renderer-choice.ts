// Chooses Cytoscape's canvas or WebGL renderer: WebGL only where the GPU is real, since software WebGL is slower.
import type { RendererName, RendererPreference } from '../util/renderer-preference';

export interface WebGLProbe {
  available: boolean;
  /** The unmasked renderer string, such as "ANGLE (... SwiftShader ...)". */
  renderer: string;
  software: boolean;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERERS.test(renderer);
}

/** The browser's answer does not change while the page lives, and asking costs a WebGL context (over 100 ms). */
let probed: WebGLProbe | undefined;

/** Asks the browser which WebGL renderer it would use, once per page; never throws. */
export function probeWebGL(): WebGLProbe {
  probed ??= askForWebGL();
  return probed;
}

function askForWebGL(): WebGLProbe {
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return { available: false, renderer: 'none', software: true };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, renderer, software: isSoftwareRenderer(renderer) };
  } catch {
    return { available: false, renderer: 'unavailable', software: true };
  }
}

export function chooseRenderer(preference: RendererPreference, probe: WebGLProbe): RendererName {
  if (preference === 'canvas' || !probe.available) return 'canvas';
  if (preference === 'webgl') return 'webgl';
  return probe.software ? 'canvas' : 'webgl';
}
