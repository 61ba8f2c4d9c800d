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
      var mark = function (id, marker) {
        if (registry.get(id)) {
          canvas.addMarker(id, marker);
        }
      };
      ids('data-done').forEach(function (id) { mark(id, 'done'); });
      // The step the process waits at, not the sub-process around it: a sub-process is marked current only when
      // nothing inside it is.
      var current = ids('data-current');
      var steps = current.filter(function (id) {
        var element = registry.get(id);
        return element && element.type !== 'bpmn:SubProcess' && element.type !== 'bpmn:Process';
      });
      (steps.length ? steps : current).forEach(function (id) { mark(id, 'current'); });
      // Fitted to the box, but never drawn so small that labels cannot be read: scroll and drag for the rest.
      canvas.zoom('fit-viewport');
      var focus = steps.length ? registry.get(steps[0]) : null;
      if (canvas.zoom() < 0.6) {
        canvas.zoom(0.6, focus ? { x: focus.x + focus.width / 2, y: focus.y + focus.height / 2 } : 'auto');
      }
      container.setAttribute('data-ready', 'true');
    })
    .catch(function (error) {
      container.setAttribute('data-error', String(error));
    });
})();
