// A WebGL layer's picture drawn off screen and copied onto the screen now and then. A browser compositing in software
// reads a changed WebGL canvas back each time it shows a frame, and first waits for the GPU to finish what it was
// given: a range drawn on screen held the page for as long as a software GPU took to draw it (up to a tenth of a
// second on a busy machine, whatever the range's planned size). Drawn into a framebuffer of its own the range changes
// nothing on screen, so no frame waits for it; a fence says when the GPU is done, and the picture is copied onto the
// screen (one quick blit) only when nothing is left for the GPU to draw.

/** The parts of WebGL 2 a layer needs: a framebuffer to blit from, and fences. */
type LayerContext = Pick<
  WebGL2RenderingContext,
  | 'drawingBufferWidth'
  | 'drawingBufferHeight'
  | 'createFramebuffer'
  | 'createRenderbuffer'
  | 'bindFramebuffer'
  | 'bindRenderbuffer'
  | 'renderbufferStorage'
  | 'framebufferRenderbuffer'
  | 'clearColor'
  | 'clear'
  | 'blitFramebuffer'
  | 'fenceSync'
  | 'getSyncParameter'
  | 'deleteSync'
  | 'deleteFramebuffer'
  | 'deleteRenderbuffer'
  | 'flush'
  | 'isContextLost'
  | 'FRAMEBUFFER'
  | 'READ_FRAMEBUFFER'
  | 'DRAW_FRAMEBUFFER'
  | 'RENDERBUFFER'
  | 'RGBA8'
  | 'COLOR_ATTACHMENT0'
  | 'COLOR_BUFFER_BIT'
  | 'NEAREST'
  | 'SYNC_GPU_COMMANDS_COMPLETE'
  | 'SYNC_STATUS'
  | 'SIGNALED'
>;

function isWebGL2(gl: WebGLRenderingContext | WebGL2RenderingContext): gl is WebGL2RenderingContext {
  return 'fenceSync' in gl && 'blitFramebuffer' in gl;
}

export class OffscreenLayer {
  readonly #gl: LayerContext;
  /** Where ranges are drawn, the size of the screen's drawing buffer. */
  readonly framebuffer: WebGLFramebuffer;
  readonly #renderbuffer: WebGLRenderbuffer;
  readonly #width: number;
  readonly #height: number;
  /** Signalled once the GPU has drawn what was sent before it. */
  #fence: WebGLSync | null = null;

  private constructor(gl: LayerContext, framebuffer: WebGLFramebuffer, renderbuffer: WebGLRenderbuffer) {
    this.#gl = gl;
    this.framebuffer = framebuffer;
    this.#renderbuffer = renderbuffer;
    this.#width = gl.drawingBufferWidth;
    this.#height = gl.drawingBufferHeight;
  }

  /**
   * A transparent layer for `gl`'s canvas, or null where WebGL 2 is missing (no fences, no blit) or the canvas has no
   * size: there ranges are drawn on screen.
   */
  static create(gl: WebGLRenderingContext | WebGL2RenderingContext): OffscreenLayer | null {
    if (!isWebGL2(gl) || gl.drawingBufferWidth === 0 || gl.drawingBufferHeight === 0) return null;
    const framebuffer = gl.createFramebuffer();
    const renderbuffer = gl.createRenderbuffer();
    if (!framebuffer || !renderbuffer) return null;
    gl.bindRenderbuffer(gl.RENDERBUFFER, renderbuffer);
    // RGBA8 is colour-renderable in every WebGL 2, so the framebuffer is complete without asking the GPU (a round
    // trip that would wait for whatever it is drawing).
    gl.renderbufferStorage(gl.RENDERBUFFER, gl.RGBA8, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.bindRenderbuffer(gl.RENDERBUFFER, null);
    gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
    gl.framebufferRenderbuffer(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.RENDERBUFFER, renderbuffer);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    return new OffscreenLayer(gl, framebuffer, renderbuffer);
  }

  /** A range was just drawn into the layer: sends it to the GPU with a fence after it. */
  sent(): void {
    const gl = this.#gl;
    if (this.#fence) gl.deleteSync(this.#fence);
    this.#fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    gl.flush();
  }

  /**
   * Whether the GPU has drawn everything sent to the layer. It does not wait: WebGL updates a fence's status between
   * tasks, so this is asked once a frame. A lost context draws nothing more, and its fences never signal.
   */
  drawn(): boolean {
    const gl = this.#gl;
    if (!this.#fence || gl.isContextLost()) return true;
    if (gl.getSyncParameter(this.#fence, gl.SYNC_STATUS) !== gl.SIGNALED) return false;
    gl.deleteSync(this.#fence);
    this.#fence = null;
    return true;
  }

  /** Copies the layer onto the screen's drawing buffer, replacing what was there. */
  show(): void {
    const gl = this.#gl;
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, this.framebuffer);
    gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, null);
    const [width, height] = [this.#width, this.#height];
    gl.blitFramebuffer(0, 0, width, height, 0, 0, width, height, gl.COLOR_BUFFER_BIT, gl.NEAREST);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  }

  /** Frees the layer's GPU memory (commands already sent still complete). */
  dispose(): void {
    const gl = this.#gl;
    if (this.#fence) gl.deleteSync(this.#fence);
    this.#fence = null;
    gl.deleteFramebuffer(this.framebuffer);
    gl.deleteRenderbuffer(this.#renderbuffer);
  }
}
