// How the scripted pan/zoom moves each renderer's camera and hears that it drew: Cytoscape.js (the app and the
// naive reference) and sigma.js. Both start from the view that fits what is drawn.
import type { Core } from 'cytoscape';
import type Sigma from 'sigma';
import type { PanZoomTarget } from '../lib/pan-zoom';

export type RendererTarget = { kind: 'cytoscape'; cy: Core } | { kind: 'sigma'; sigma: Sigma };

function cytoscapeTarget(cy: Core): PanZoomTarget {
  const shown = cy.elements(':visible');
  const box = (shown.nonempty() ? shown : cy.elements()).boundingBox({ includeLabels: false });
  const width = cy.width();
  const height = cy.height();
  const fitted = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1)) * 0.95;
  const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  return {
    apply(step) {
      const zoom = fitted * step.zoom;
      const x = centre.x + step.dx * box.w;
      const y = centre.y + step.dy * box.h;
      cy.viewport({ zoom, pan: { x: width / 2 - x * zoom, y: height / 2 - y * zoom } });
    },
    onDraw(drawn) {
      cy.on('render', drawn);
      return () => cy.off('render', drawn);
    },
  };
}

function sigmaTarget(sigma: Sigma): PanZoomTarget {
  const {
    x: [minX, maxX],
    y: [minY, maxY],
  } = sigma.getBBox();
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const camera = sigma.getCamera();
  return {
    apply(step) {
      camera.setState({
        x: 0.5 + (step.dx * (maxX - minX)) / span,
        y: 0.5 + (step.dy * (maxY - minY)) / span,
        ratio: 1 / step.zoom,
      });
    },
    onDraw(drawn) {
      sigma.on('afterRender', drawn);
      return () => sigma.off('afterRender', drawn);
    },
  };
}

export function panZoomTarget(target: RendererTarget): PanZoomTarget {
  return target.kind === 'sigma' ? sigmaTarget(target.sigma) : cytoscapeTarget(target.cy);
}
