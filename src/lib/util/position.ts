// Where a node sits, in the layout's own units (the model's coordinates, not pixels on screen).

export interface Position {
  x: number;
  y: number;
}
