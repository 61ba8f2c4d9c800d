// Draws the process model with bpmn-js and marks the steps done and the step the process is at.
// The page lists the same steps in a table, so the page is complete without this script.
(function () {
  var container = document.getElementById('diagram');
  if (!container || !window.BpmnJS) {
    return;
  }
  var viewer = new window.BpmnJS({ container: container });
  var ids = function (name) {
    return (container.getAttribute(name) || '').split(' ').filter(function (id) { return id; });
  };
  fetch(container.getAttribute('data-model'), { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      var mark = function (id, marker) {
        if (registry.get(id)) {
          canvas.addMarker(id, marker);
        }
      };
      ids('data-done').forEach(function (id) { mark(id, 'done'); });
      ids('data-current').forEach(function (id) { mark(id, 'current'); });
      container.setAttribute('data-ready', 'true');
    })
    .catch(function (error) {
      container.setAttribute('data-error', String(error));
    });
})();
