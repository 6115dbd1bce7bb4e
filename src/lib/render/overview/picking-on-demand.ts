// sigma's node picking layer (the hidden drawing the pointer is matched against), drawn when the pointer first asks
// after a frame rather than with every frame.
import type { RenderParams } from 'sigma/types';
import type { ProgramInfo } from 'sigma/rendering';

/** The parts of a sigma 3.0 node program that draw its picking layer (protected in its type declarations). */
interface PickedProgram {
  pickProgram: ProgramInfo | null;
  hasNothingToRender(): boolean;
  bindProgram(program: ProgramInfo): void;
  unbindProgram(program: ProgramInfo): void;
  renderProgram(params: RenderParams, program: ProgramInfo): void;
}

/** The parts of sigma 3.0 that draw and query its picking layer. */
export interface PickingSigma {
  nodePrograms: Record<string, PickedProgram>;
  render(): void;
  getNodeAtPosition(position: { x: number; y: number }): string | null;
  getRenderParams(): RenderParams;
}

/**
 * sigma draws its nodes a second time with every frame, into the picking layer the pointer is matched against. On a
 * software WebGL that pass costs as much as the nodes themselves (about 0.4 s a frame for 12,000 nodes at 1440×900),
 * though most frames (a camera glide, a zoom by the wheel, the first drawing) are never pointed at. Here each frame
 * leaves it out, and the pointer's first question after a frame draws it for the frame on screen.
 */
export function drawPickingOnDemand(sigma: PickingSigma): void {
  const render = sigma.render.bind(sigma);
  const nodeAt = sigma.getNodeAtPosition.bind(sigma);
  let pickingDrawn = true;
  sigma.render = () => {
    const programs = Object.values(sigma.nodePrograms);
    const picking = programs.map((program) => program.pickProgram);
    for (const program of programs) program.pickProgram = null;
    try {
      render();
    } finally {
      programs.forEach((program, index) => (program.pickProgram = picking[index] ?? null));
    }
    pickingDrawn = false;
  };
  sigma.getNodeAtPosition = (position) => {
    if (!pickingDrawn) {
      pickingDrawn = true;
      drawPicking(sigma);
    }
    return nodeAt(position);
  };
}

/** The nodes' picking pass of sigma 3.0's `Program.render`, for the frame on screen. */
function drawPicking(sigma: PickingSigma): void {
  const params = sigma.getRenderParams();
  const pickingParams = { ...params, pixelRatio: params.pixelRatio / params.downSizingRatio };
  for (const program of Object.values(sigma.nodePrograms)) {
    const pick = program.pickProgram;
    if (!pick || program.hasNothingToRender()) continue;
    pick.gl.viewport(
      0,
      0,
      pickingParams.width * pickingParams.pixelRatio,
      pickingParams.height * pickingParams.pixelRatio,
    );
    program.bindProgram(pick);
    program.renderProgram(pickingParams, pick);
    program.unbindProgram(pick);
  }
}
