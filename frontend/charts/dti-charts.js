/*
 * Glue between the server-side ChartCanvas component and Chart.js (loaded from its webjar before this file).
 * The server sends a chart configuration built with chartjs-java-model as JSON; functions cannot travel in
 * JSON, so the number formatting (Vietnamese or English notation, the unit after the number), the click
 * handler that drills down and the PNG export are added here.
 */
(function () {
    'use strict';

    function formatter(locale, suffix) {
        var number = new Intl.NumberFormat(locale, {maximumFractionDigits: 1});
        return function (value) {
            if (value === null || value === undefined || Number.isNaN(value)) {
                return '';
            }
            return number.format(value) + (suffix || '');
        };
    }

    function valueOf(context) {
        var horizontal = context.chart.options.indexAxis === 'y';
        var parsed = context.parsed;
        return typeof parsed === 'object' && parsed !== null ? (horizontal ? parsed.x : parsed.y) : parsed;
    }

    window.dtiCharts = {
        render: function (host, json, locale, suffix) {
            var canvas = host.querySelector('canvas');
            var config = JSON.parse(json);
            var options = config.options = config.options || {};
            var show = formatter(locale, suffix);
            options.locale = locale;
            options.responsive = true;
            options.maintainAspectRatio = false;
            options.animation = false;
            var valueAxis = options.indexAxis === 'y' ? 'x' : 'y';
            options.scales = options.scales || {};
            Object.keys(options.scales).concat([valueAxis]).forEach(function (id) {
                var scale = options.scales[id] = options.scales[id] || {};
                if (id === valueAxis || scale.type === 'linear') {
                    scale.ticks = Object.assign({}, scale.ticks, {callback: show});
                }
            });
            options.plugins = options.plugins || {};
            options.plugins.tooltip = Object.assign({}, options.plugins.tooltip, {
                callbacks: {
                    label: function (context) {
                        var label = context.dataset.label ? context.dataset.label + ': ' : '';
                        return label + show(valueOf(context));
                    }
                }
            });
            options.onClick = function (event, elements) {
                if (elements.length && host.dataset.clickable === 'true' && host.$server) {
                    host.$server.pointClicked(elements[0].datasetIndex, elements[0].index);
                }
            };
            options.onHover = function (event, elements) {
                var target = event.native && event.native.target;
                if (target) {
                    target.style.cursor = elements.length && host.dataset.clickable === 'true' ? 'pointer' : 'default';
                }
            };
            if (host.dtiChart) {
                host.dtiChart.destroy();
            }
            host.dtiChart = new Chart(canvas, config);
        },

        /**
         * The chart as a PNG data URL at twice its size on screen, on white, with the title and the unit and
         * period above it and the source line below, so that the picture still says what it shows once it is
         * pasted into a report.
         */
        png: function (host, meta) {
            var chart = host.dtiChart;
            if (!chart) {
                return null;
            }
            var scale = 2;
            var previous = chart.options.devicePixelRatio;
            chart.options.devicePixelRatio = scale;
            chart.resize();
            var picture = chart.canvas;
            var width = picture.width;
            var top = 76 * scale / 2;
            var bottom = 34 * scale / 2;
            var out = document.createElement('canvas');
            out.width = width;
            out.height = picture.height + top + bottom;
            var g = out.getContext('2d');
            g.fillStyle = '#ffffff';
            g.fillRect(0, 0, out.width, out.height);
            g.fillStyle = '#1a1a1a';
            g.textBaseline = 'top';
            g.font = 'bold ' + (18 * scale) + 'px sans-serif';
            g.fillText(meta.title || '', 12 * scale, 10 * scale, width - 24 * scale);
            g.font = (13 * scale) + 'px sans-serif';
            g.fillStyle = '#4a4a4a';
            g.fillText(meta.subtitle || '', 12 * scale, 40 * scale, width - 24 * scale);
            g.drawImage(picture, 0, top);
            g.font = (11 * scale) + 'px sans-serif';
            g.fillText(meta.source || '', 12 * scale, top + picture.height + 8 * scale, width - 24 * scale);
            chart.options.devicePixelRatio = previous;
            chart.resize();
            return out.toDataURL('image/png');
        },

        downloadPng: function (host, meta) {
            var url = this.png(host, meta);
            if (!url) {
                return;
            }
            var link = document.createElement('a');
            link.href = url;
            link.download = meta.fileName || 'chart.png';
            document.body.appendChild(link);
            link.click();
            link.remove();
        }
    };
})();
