// Draws every chart whose ECharts option the server wrote into data-chart, on load and after htmx swaps,
// shows how far an htmx upload has come, and lets a picker ask for what was typed.
(function () {
    'use strict';

    function drawCharts(root) {
        if (typeof echarts === 'undefined') {
            return;
        }
        root.querySelectorAll('[data-chart]').forEach(function (element) {
            if (element.dataset.drawn) {
                return;
            }
            var chart = echarts.init(element, null, {renderer: 'canvas'});
            chart.setOption(JSON.parse(element.dataset.chart));
            element.dataset.drawn = 'true';
            window.addEventListener('resize', function () {
                chart.resize();
            });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        drawCharts(document);
    });
    document.addEventListener('htmx:afterSettle', function (event) {
        drawCharts(event.target);
    });
    // a picker asks for the options matching what has been typed, whatever the field's own name
    document.addEventListener('htmx:configRequest', function (event) {
        var element = event.detail.elt;
        if (element.hasAttribute && element.hasAttribute('data-picker')) {
            event.detail.parameters.q = element.value;
        }
    });
    document.addEventListener('htmx:xhr:progress', function (event) {
        var bar = document.getElementById('upload-progress');
        if (bar && event.detail.lengthComputable) {
            bar.max = event.detail.total;
            bar.value = event.detail.loaded;
        }
    });
})();
