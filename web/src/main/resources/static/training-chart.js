// Draws the admin page's chart of NDCG@10 (and RMSE where present) over training runs.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('training-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const points = JSON.parse(canvas.dataset.points || '[]');
  const datasets = [
    { label: 'NDCG@10', data: points.map(p => p.ndcgAt10), yAxisID: 'ndcg' },
    { label: 'NDCG@10, popularity baseline', data: points.map(p => p.baselineNdcgAt10), yAxisID: 'ndcg', borderDash: [6, 4] },
  ];
  const scales = { ndcg: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: 'NDCG@10' } } };
  if (points.some(p => p.rmse != null)) {
    datasets.push({ label: 'RMSE', data: points.map(p => p.rmse), yAxisID: 'rmse' });
    scales.rmse = { type: 'linear', position: 'right', title: { display: true, text: 'RMSE' }, grid: { drawOnChartArea: false } };
  }
  new Chart(canvas, { type: 'line', data: { labels: points.map(p => p.runId), datasets }, options: { scales } });
});
