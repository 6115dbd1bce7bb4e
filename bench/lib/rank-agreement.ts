// How well an estimate ranks items against the exact values: Spearman's rank correlation and the shared top ten.
// Used by the measures bench and the betweenness estimate's unit test.

/** Spearman's rank correlation, ties given their mean rank. */
export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const ranks = (values: ArrayLike<number>) => {
    const order = Array.from(values, (value, index) => [value, index] as const).sort(([x], [y]) => x - y);
    const rank = new Float64Array(order.length);
    for (let start = 0; start < order.length;) {
      let end = start;
      while (end + 1 < order.length && order[end + 1]?.[0] === order[start]?.[0]) end++;
      for (let index = start; index <= end; index++) rank[order[index]?.[1] ?? 0] = (start + end) / 2;
      start = end + 1;
    }
    return rank;
  };
  const [x, y] = [ranks(a), ranks(b)];
  const mean = (x.length - 1) / 2;
  let [covariance, varianceX, varianceY] = [0, 0, 0];
  for (let index = 0; index < x.length; index++) {
    const [dx, dy] = [(x[index] ?? 0) - mean, (y[index] ?? 0) - mean];
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  return covariance / Math.sqrt(varianceX * varianceY);
}

const topTen = (values: ArrayLike<number>) =>
  Array.from(values, (value, index) => [value, index] as const)
    .sort(([a], [b]) => b - a)
    .slice(0, 10)
    .map(([, index]) => index);

/** How many of the estimate's ten highest items are among the exact ten highest. */
export function topTenShared(estimate: ArrayLike<number>, exact: ArrayLike<number>): number {
  const exactTop = topTen(exact);
  return topTen(estimate).filter((index) => exactTop.includes(index)).length;
}
