// Draws the admin page's charts over training runs: NDCG@10 on both holdouts (and RMSE where
// present), and the beyond-accuracy measures. The model is drawn solid, the popularity baseline
// dashed in the same colour, so each pair reads together.
document.addEventListener('DOMContentLoaded', () => {
  if (typeof Chart === 'undefined') {
    return;
  }
  const colours = { random: '#1f6fb2', timeAware: '#c0392b', rmse: '#7f8c8d', coverage: '#27ae60', novelty: '#8e44ad', diversity: '#d68910' };
  const pair = (label, colour, axis, model, baseline) => [
    { label, data: model, yAxisID: axis, borderColor: colour, backgroundColor: colour, spanGaps: true },
    { label: label + ', popularity baseline', data: baseline, yAxisID: axis, borderColor: colour, backgroundColor: colour,
      borderDash: [6, 4], spanGaps: true },
  ];
  const axis = (position, text, extra) => Object.assign({ type: 'linear', position, title: { display: true, text } }, extra);
  const draw = (id, build) => {
    const canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    const points = JSON.parse(canvas.dataset.points || '[]');
    const { datasets, scales } = build(points, field => points.map(p => p[field] ?? null));
    new Chart(canvas, { type: 'line', data: { labels: points.map(p => p.runId), datasets }, options: { scales } });
  };

  draw('training-chart', (points, series) => {
    const datasets = pair('NDCG@10, random holdout', colours.random, 'ndcg', series('ndcgAt10'), series('baselineNdcgAt10'));
    const scales = { ndcg: axis('left', 'NDCG@10', { beginAtZero: true }) };
    if (points.some(p => p.timeAwareNdcgAt10 != null)) {
      datasets.push(...pair('NDCG@10, time-aware holdout (the gate)', colours.timeAware, 'ndcg',
        series('timeAwareNdcgAt10'), series('timeAwareBaselineNdcgAt10')));
    }
    if (points.some(p => p.rmse != null)) {
      datasets.push({ label: 'RMSE', data: series('rmse'), yAxisID: 'rmse', borderColor: colours.rmse, backgroundColor: colours.rmse });
      scales.rmse = axis('right', 'RMSE', { grid: { drawOnChartArea: false } });
    }
    return { datasets, scales };
  });

  draw('beyond-accuracy-chart', (points, series) => ({
    datasets: [
      ...pair('Catalogue coverage', colours.coverage, 'share', series('coverage'), series('baselineCoverage')),
      ...pair('Intra-list diversity', colours.diversity, 'share', series('diversity'), series('baselineDiversity')),
      ...pair('Novelty (bits)', colours.novelty, 'bits', series('novelty'), series('baselineNovelty')),
    ],
    scales: {
      share: axis('left', 'coverage, diversity (0-1)', { min: 0, max: 1 }),
      bits: axis('right', 'novelty (bits)', { beginAtZero: true, grid: { drawOnChartArea: false } }),
    },
  }));
});
