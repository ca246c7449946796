'use strict';
// grid-pool's live page. It polls <path>/snapshot (the pool's snapshot, the gridpool endpoint's JSON)
// and draws it; it sends nothing but those GETs. Times are the server's (the snapshot's takenAt),
// never this browser's clock. Everything is written with textContent: no markup comes from the data.
(() => {
  const POLL_MS = 400;        // 2.5 polls a second
  const WINDOW_MS = 60_000;   // the task stream, the throughput and the ended calls: the last minute
  const OVERLAP_MS = 2_000;   // chunks are asked for again this far back: one may be recorded just after a snapshot
  const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#ff9da7',
    '#2f4b7c', '#8cd17d'];    // no red and no grey: they mean failed and cancelled
  const SVG = 'http://www.w3.org/2000/svg';

  const seen = {
    chunks: new Map(),        // "worker|slot|call|start|end" -> chunk, the last minute's
    calls: new Map(),         // id -> { view, seenAt, goneAt, ended: null or { at, state, done, chunks } }
    counts: [],               // [takenAt, chunksCompleted] of the last snapshots, for chunks/s
    polls: [],                // when the last polls ended (this page's clock), for the update rate
    coveredFrom: null,        // the earliest time whose finished chunks are all known
    since: null,
    now: 0,
    snapshot: null,
  };
  const tips = new WeakMap();
  const number = new Intl.NumberFormat('en-US');
  const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
  const $ = (id) => document.getElementById(id);

  // ---- reading the JSON -------------------------------------------------------------------------

  /** Milliseconds of an ISO-8601 instant ("2026-01-31T12:00:00.123456789Z"). */
  function instant(text) {
    return Date.parse(text.replace(/(\.\d{3})\d+/, '$1'));
  }

  /** Milliseconds of an ISO-8601 duration as Java writes it ("PT1H2M0.021S"), or null. */
  function duration(text) {
    const parts = text ? /^PT(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:\.\d+)?)S)?$/.exec(text) : null;
    if (!parts) {
      return null;
    }
    return ((+(parts[1] || 0) * 60 + +(parts[2] || 0)) * 60 + +(parts[3] || 0)) * 1000;
  }

  /** The milliseconds of the Server-Timing header's entries, summed. */
  function serverMillis(header) {
    if (!header) {
      return null;
    }
    return [...header.matchAll(/dur=([\d.]+)/g)].reduce((sum, match) => sum + +match[1], 0);
  }

  // ---- polling ------------------------------------------------------------------------------------

  async function poll() {
    const url = 'snapshot' + (seen.since ? '?since=' + encodeURIComponent(seen.since) : '');
    const sent = performance.now();
    try {
      const response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error('the snapshot answered HTTP ' + response.status);
      }
      const snapshot = await response.json();
      const roundTrip = performance.now() - sent;
      absorb(snapshot);
      trouble(null);
      render();
      status(roundTrip, serverMillis(response.headers.get('Server-Timing')));
    } catch (error) {
      trouble('Cannot read the pool: ' + error.message + '. Trying again…');
    }
  }

  function loop() {
    const started = performance.now();
    poll().finally(() => setTimeout(loop, Math.max(0, POLL_MS - (performance.now() - started))));
  }

  function trouble(message) {
    $('problem').hidden = !message;
    $('problem').textContent = message || '';
    document.querySelector('main').classList.toggle('stale', !!message);
  }

  // ---- what the snapshots add up to ---------------------------------------------------------------

  function absorb(snapshot) {
    const now = instant(snapshot.takenAt);
    const from = now - WINDOW_MS;
    let earliest = Infinity;
    for (const chunk of snapshot.chunks) {
      const key = [chunk.worker, chunk.slot, chunk.call, chunk.start, chunk.end].join('|');
      if (!seen.chunks.has(key)) {
        seen.chunks.set(key, { ...chunk, startMs: instant(chunk.start), endMs: instant(chunk.end) });
      }
      earliest = Math.min(earliest, instant(chunk.end));
    }
    if (seen.coveredFrom === null) { // the first snapshot: a full history may not reach back a minute
      seen.coveredFrom = snapshot.chunks.length >= 4096 ? earliest : -Infinity;
    }
    for (const [key, chunk] of seen.chunks) {
      if (chunk.endMs < from) {
        seen.chunks.delete(key);
      }
    }
    absorbCalls(snapshot.calls, now);
    seen.counts.push([now, snapshot.stats.chunksCompleted]);
    seen.counts = seen.counts.filter(([at]) => at >= now - 3000);
    seen.polls.push(performance.now());
    seen.polls = seen.polls.filter((at) => at >= performance.now() - 5000);
    seen.since = new Date(now - OVERLAP_MS).toISOString();
    seen.now = now;
    seen.snapshot = snapshot;
  }

  /**
   * Running calls as the snapshot says; a call gone from it ended, and its chunks say how. Its last
   * chunks may be recorded just after the call left, so the verdict is taken again for a while.
   */
  function absorbCalls(calls, now) {
    const running = new Set();
    for (const view of calls) {
      running.add(view.id);
      seen.calls.set(view.id, { view, seenAt: now, ended: null });
    }
    for (const [id, call] of seen.calls) {
      if (!running.has(id)) {
        call.goneAt = call.goneAt || now;
        if (now - call.goneAt <= OVERLAP_MS) {
          call.ended = ending(id, call);
        }
      }
      if (call.ended && call.ended.at < now - WINDOW_MS) {
        seen.calls.delete(id);
      }
    }
  }

  /**
   * How a call that left the snapshot ended: failed if a chunk of it failed; cancelled if more of
   * its chunks were cancelled than a speculative copy of theirs won (the loser of such a race is
   * cancelled too); else done, all its elements in. A lazy input's size is known only once it is
   * read to its end, which may come after the last snapshot that showed the call.
   */
  function ending(id, call) {
    const chunks = [...seen.chunks.values()].filter((chunk) => chunk.call === id);
    const count = (outcome, copy) => chunks.filter((chunk) => chunk.outcome === outcome && chunk.copy === copy)
      .length;
    const later = chunks.filter((chunk) => chunk.outcome === 'DONE' && chunk.endMs > call.seenAt);
    const done = call.view.elementsDone + later.reduce((sum, chunk) => sum + chunk.elements, 0);
    const at = Math.max(call.seenAt, ...chunks.map((chunk) => chunk.endMs));
    const ended = { at, done, chunks: call.view.chunksDone + later.length };
    if (chunks.some((chunk) => chunk.outcome === 'FAILED')) {
      return { ...ended, state: 'failed' };
    }
    if (count('CANCELLED', false) > count('DONE', true)) {
      return { ...ended, state: 'cancelled' };
    }
    return { ...ended, state: 'done', done: Math.max(done, call.view.elementsKnown) };
  }

  // ---- drawing ------------------------------------------------------------------------------------

  function render() {
    if (!seen.snapshot) {
      return;
    }
    totals(seen.snapshot);
    members(seen.snapshot);
    calls();
    stream(seen.snapshot);
    throughput();
  }

  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    for (const child of children) {
      node.append(child);
    }
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) {
      node.setAttribute(name, value);
    }
    return node;
  }

  function bar(fraction, className) {
    const fill = el('span');
    fill.style.width = (Math.max(0, Math.min(1, fraction)) * 100).toFixed(1) + '%';
    return el('div', 'bar' + (className ? ' ' + className : ''), fill);
  }

  function colour(call) {
    return PALETTE[call % PALETTE.length];
  }

  function time(ms) {
    if (ms < 1000) {
      return Math.round(ms) + ' ms';
    }
    if (ms < 60_000) {
      return decimal.format(ms / 1000) + ' s';
    }
    const seconds = Math.round(ms / 1000);
    return seconds < 3600 ? Math.floor(seconds / 60) + ' min ' + (seconds % 60) + ' s'
      : Math.floor(seconds / 3600) + ' h ' + Math.floor(seconds % 3600 / 60) + ' min';
  }

  function bytes(count) {
    return count >= 1 << 30 ? decimal.format(count / (1 << 30)) + ' GiB' : Math.round(count / (1 << 20)) + ' MiB';
  }

  function totals(snapshot) {
    const stats = snapshot.stats;
    const state = el('span', 'state ' + stats.state.toLowerCase(), stats.state.toLowerCase());
    const items = [['pool', state], ['workers', stats.workers], ['slots', stats.slots],
      ['in flight', stats.chunksInFlight], ['slots of others', stats.othersRunning], ['waiting there', stats.queued],
      ['calls', stats.activeCalls], ['chunks done', stats.chunksCompleted],
      ['failed', stats.chunksFailed], ['resent', stats.chunksRetried], ['copies', stats.chunksSpeculated]];
    $('totals').replaceChildren(...items.map(([name, value]) =>
      el('div', null, el('dt', null, name), el('dd', null, typeof value === 'number' ? number.format(value) : value))));
  }

  function status(roundTrip, server) {
    const rate = seen.polls.length > 1
      ? (seen.polls.length - 1) * 1000 / (seen.polls[seen.polls.length - 1] - seen.polls[0]) : 0;
    const line = $('status');
    line.dataset.pollMs = POLL_MS;
    line.dataset.pollsPerSecond = rate.toFixed(2);
    line.dataset.serverMs = server === null ? '' : server.toFixed(2);
    line.textContent = 'updated ' + decimal.format(rate) + '×/s · poll ' + (server === null ? '?' : server.toFixed(1))
      + ' ms on the server, ' + Math.round(roundTrip) + ' ms round trip · '
      + new Date(seen.now).toISOString().substring(11, 19) + ' UTC';
  }

  function members(snapshot) {
    const workers = snapshot.workers;
    $('members-note').textContent = workers.length ? number.format(workers.length) + (workers.length === 1
      ? ' worker' : ' workers') : '';
    if (!workers.length) {
      $('members').replaceChildren(el('p', 'empty', 'No worker takes chunks yet: a grid pool lists its members here '
        + 'once they can take work.'));
      return;
    }
    $('members').replaceChildren(...workers.map(member));
  }

  /**
   * A member's card. Its slots: this pool's chunks, other pools' chunks (other drivers, or other pools
   * of this one: the grid is shared), free; then the chunks of every pool that wait there for a slot.
   */
  function member(worker) {
    const others = Math.min(Math.max(0, worker.othersRunning), worker.slots);
    const busy = Math.min(worker.chunksOut, worker.slots - others);
    const queued = Math.max(0, worker.queued);
    const slots = el('div', 'slots');
    if (worker.slots <= 32) {
      for (let i = 0; i < worker.slots; i++) {
        slots.append(el('span', i < busy ? 'slot busy' : i < busy + others ? 'slot others' : 'slot'));
      }
    } else {
      slots.append(bar((busy + others) / worker.slots));
    }
    slots.append(el('span', 'more', busy + ' of ' + worker.slots + ' busy with this pool'
      + (others ? ', ' + others + ' with others' : '') + (queued ? ' · ' + queued + ' waiting' : '')));
    const heapKnown = worker.heapUsed >= 0 && worker.heapMax > 0;
    const heapShare = heapKnown ? worker.heapUsed / worker.heapMax : 0;
    const heap = heapKnown
      ? el('div', null, bar(heapShare, heapShare > 0.85 ? 'heap high' : 'heap'),
        el('span', 'value', bytes(worker.heapUsed) + ' of ' + bytes(worker.heapMax)))
      : el('span', 'value', 'not known yet');
    const mean = duration(worker.meanChunkTime);
    const waited = duration(worker.meanQueueTime);
    const facts = number.format(worker.chunksDone) + ' chunks done'
      + (mean ? ' · ' + time(mean) + ' a chunk' : '')
      + (waited ? ' · ' + time(waited) + ' waiting for a slot' : '')
      + (worker.processors > 0 ? ' · ' + worker.processors + (worker.processors === 1 ? ' processor' : ' processors')
        : '');
    const card = el('article', 'member', el('h3', 'mono', worker.name),
      el('div', 'row', el('span', 'label', 'slots'), slots),
      el('div', 'row', el('span', 'label', 'heap'), heap),
      el('div', 'facts', facts));
    card.dataset.worker = worker.name;
    return card;
  }

  function calls() {
    const all = [...seen.calls.entries()].sort(([a, x], [b, y]) =>
      (!!x.ended - !!y.ended) || (x.ended ? y.ended.at - x.ended.at : a - b));
    if (!all.length) {
      $('calls').replaceChildren(el('p', 'empty', 'No call is running, and none ended in the last minute. Calls '
        + 'appear here while map, imap, starmap or apply are at work.'));
      return;
    }
    $('calls').replaceChildren(...all.map(([id, call]) => callRow(id, call)));
  }

  function callRow(id, call) {
    const view = call.view;
    const state = call.ended ? call.ended.state : 'running';
    const done = call.ended ? call.ended.done : view.elementsDone;
    const sized = view.sizeKnown || state === 'done'; // a lazy input's size is known once it is read to its end
    const total = state === 'done' ? done : view.elementsKnown;
    const fraction = state === 'done' ? 1 : total > 0 ? done / total : 0;
    const percent = sized ? Math.min(100, Math.floor(fraction * 100)) : null;
    const title = el('div', 'title', el('strong', null, '#' + id + ' ' + view.method),
      el('span', 'tag ' + state, state), el('span', 'fn mono', view.function));
    title.lastChild.title = view.function;
    const row = el('div', 'call' + (call.ended ? ' ended' : ''), el('span', 'swatch'), title,
      bar(sized ? fraction : 1, sized ? '' : 'unknown'), el('span', 'percent', sized ? percent + '%' : '…'),
      el('div', 'facts', ...callFacts(view, call, done, sized)));
    row.style.setProperty('--call-colour', colour(id));
    row.dataset.call = id;
    row.dataset.state = state;
    row.dataset.percent = sized ? percent : '';
    return row;
  }

  function callFacts(view, call, done, sized) {
    const total = call.ended && call.ended.state === 'done' ? done : view.elementsKnown;
    const facts = [sized ? number.format(done) + ' of ' + number.format(total) + ' elements'
      : number.format(done) + ' elements done, ' + number.format(view.elementsKnown) + ' read so far (the input\'s '
        + 'size is known once it is read to its end)'];
    facts.push(call.ended ? ' · ' + number.format(call.ended.chunks) + ' chunks done'
      : ' · ' + number.format(view.chunksDone) + ' of ' + number.format(view.chunksCut) + ' chunks done');
    const took = (call.ended ? call.ended.at : seen.now) - instant(view.startedAt);
    if (call.ended) {
      facts.push(' · ' + call.ended.state + ' ' + time(Math.max(0, seen.now - call.ended.at)) + ' ago, after '
        + time(took));
    } else {
      const left = duration(view.timeLeft);
      facts.push(' · running ' + time(took) + (left === null ? '' : ' · about ' + time(left) + ' left'));
    }
    const counts = [[view.failures, 'failed'], [view.resends, 'resent'], [view.copies, 'copied']]
      .filter(([count]) => count > 0);
    return [...facts, ...counts.map(([count, word]) =>
      el('span', word === 'failed' ? 'bad' : null, ' · ' + number.format(count) + ' chunks ' + word))];
  }

  /**
   * The rows of the task stream, worker by worker (those gone from the pool last): its slots, then,
   * if any of its chunks never answered from a slot (cancelled before it ran, or its worker lost),
   * a row for those, drawn from when they were sent.
   */
  function slotRows(snapshot) {
    const slots = new Map(snapshot.workers.map((worker) => [worker.name, new Set([...Array(worker.slots).keys()])]));
    const present = new Set(slots.keys());
    for (const chunk of seen.chunks.values()) {
      if (!slots.has(chunk.worker)) {
        slots.set(chunk.worker, new Set());
      }
      slots.get(chunk.worker).add(chunk.slot);
    }
    const gone = [...slots.keys()].filter((worker) => !present.has(worker)).sort();
    return [...present, ...gone].flatMap((worker) => [...slots.get(worker)]
      .sort((a, b) => (a < 0) - (b < 0) || a - b)
      .map((slot, i) => ({ worker, slot, first: i === 0, gone: !present.has(worker) })));
  }

  function stream(snapshot) {
    const rows = slotRows(snapshot);
    if (!rows.length) {
      $('stream').replaceChildren(el('p', 'empty', 'No worker yet, so no slot to draw.'));
      return;
    }
    const label = 190;
    const width = Math.max(640, $('stream').clientWidth);
    const plot = width - label - 8;
    const rowHeight = rows.length > 40 ? 8 : 16;
    const height = rows.length * rowHeight + 20;
    const from = seen.now - WINDOW_MS;
    const x = (ms) => label + (Math.max(from, Math.min(seen.now, ms)) - from) / WINDOW_MS * plot;
    const chart = svg('svg', { width, height, role: 'img', 'aria-label': 'task stream of the last minute' });
    axis(chart, x, rows.length * rowHeight, label, plot);
    const index = new Map(rows.map((row, i) => [row.worker + '|' + row.slot, i]));
    rows.forEach((row, i) => {
      const y = i * rowHeight + rowHeight / 2 + 4;
      if (row.first) {
        chart.append(text(row.worker + (row.gone ? ' (gone)' : ''), 4, y));
        if (i > 0) {
          chart.append(svg('line', { class: 'grid', x1: 0, x2: width, y1: i * rowHeight, y2: i * rowHeight }));
        }
      }
      chart.append(text(row.slot < 0 ? 'no slot' : String(row.slot), label - 8, y, 'end'));
    });
    const bars = runs([...seen.chunks.values()].filter((chunk) => chunk.endMs >= from), WINDOW_MS / plot / 2);
    for (const run of bars) {
      const i = index.get(run.worker + '|' + run.slot);
      const y = i * rowHeight + 1;
      const rect = chunkRect(run, x(run.startMs), y, Math.max(1, x(run.endMs) - x(run.startMs)), rowHeight - 2);
      chart.append(rect);
      if (run.copy) {
        chart.append(svg('rect', { x: rect.getAttribute('x'), y, width: rect.getAttribute('width'), height: 3,
          fill: '#1f2430', 'pointer-events': 'none' }));
      }
    }
    if (!bars.length) {
      chart.append(text('No chunk finished in the last minute.', label + plot / 2, rows.length * rowHeight / 2 + 4,
        'middle'));
    }
    chart.dataset.chunks = bars.reduce((sum, run) => sum + run.count, 0);
    $('stream').replaceChildren(chart);
  }

  /** The chunks of each slot, those closer than half a pixel to the one before merged into one bar. */
  function runs(chunks, gapMs) {
    chunks.sort((a, b) => a.worker.localeCompare(b.worker) || a.slot - b.slot || a.startMs - b.startMs);
    const bars = [];
    for (const chunk of chunks) {
      const last = bars[bars.length - 1];
      if (last && last.worker === chunk.worker && last.slot === chunk.slot && last.call === chunk.call
        && last.outcome === chunk.outcome && last.copy === chunk.copy && chunk.startMs - last.endMs < gapMs) {
        last.endMs = Math.max(last.endMs, chunk.endMs);
        last.count++;
        last.elements += chunk.elements;
      } else {
        bars.push({ ...chunk, count: 1 });
      }
    }
    return bars;
  }

  function chunkRect(run, x, y, width, height) {
    const outcome = run.outcome.toLowerCase();
    const rect = svg('rect', { class: 'chunk ' + outcome, x: x.toFixed(1), y, width: width.toFixed(1), height });
    if (run.outcome === 'RESENT') {
      rect.setAttribute('fill', '#ffffff');
      rect.setAttribute('stroke', '#444444');
      rect.setAttribute('stroke-dasharray', '3 2');
    } else {
      rect.setAttribute('fill', run.outcome === 'FAILED' ? '#d62728' : run.outcome === 'CANCELLED' ? '#b8bec7'
        : colour(run.call));
    }
    rect.dataset.outcome = run.outcome;
    tips.set(rect, describe(run));
    return rect;
  }

  function describe(run) {
    const where = run.slot < 0 ? run.worker + ', no slot (it never ran, or its worker was lost)'
      : run.worker + ' slot ' + run.slot;
    const clock = (ms) => new Date(ms).toISOString().substring(11, 23);
    return (run.count > 1 ? run.count + ' chunks' : 'chunk') + ' of call #' + run.call + ', '
      + run.outcome.toLowerCase() + (run.copy ? ' (speculative copy)' : '') + '\n' + where + '\n'
      + number.format(run.elements) + ' elements · ' + time(run.endMs - run.startMs) + ', '
      + clock(run.startMs) + ' – ' + clock(run.endMs) + ' UTC';
  }

  function text(content, x, y, anchor) {
    const node = svg('text', { x, y, 'text-anchor': anchor || 'start' });
    node.textContent = content;
    return node;
  }

  /** Vertical lines every ten seconds of the last minute, labelled under {@code bottom}. */
  function axis(chart, x, bottom, label, plot) {
    for (let ago = WINDOW_MS; ago >= 0; ago -= 10_000) {
      const at = x(seen.now - ago);
      chart.append(svg('line', { class: 'grid', x1: at, x2: at, y1: 0, y2: bottom }));
      chart.append(text(ago ? '−' + ago / 1000 + ' s' : 'now', Math.min(at, label + plot - 12), bottom + 14,
        ago === WINDOW_MS ? 'start' : 'middle'));
    }
  }

  /** Elements done per second over the last minute, from the chunks' ends; chunks/s now from the counter. */
  function throughput() {
    const second = Math.floor(seen.now / 1000) * 1000;
    const buckets = new Array(60).fill(0);
    for (const chunk of seen.chunks.values()) {
      const ago = Math.floor((second - chunk.endMs) / 1000);
      if (chunk.outcome === 'DONE' && ago >= 0 && ago < 60) {
        buckets[59 - ago] += chunk.elements;
      }
    }
    const [first, last] = [seen.counts[0], seen.counts[seen.counts.length - 1]];
    const chunksPerSecond = last && last[0] > first[0] ? (last[1] - first[1]) * 1000 / (last[0] - first[0]) : 0;
    $('throughput-now').textContent = 'elements done per second, last minute · now ' + number.format(buckets[59])
      + ' elements/s, ' + decimal.format(chunksPerSecond) + ' chunks/s';
    if (!buckets.some((count) => count > 0)) {
      $('throughput').replaceChildren(el('p', 'empty', 'No element finished in the last minute.'));
      return;
    }
    const label = 190;
    const width = Math.max(640, $('throughput').clientWidth);
    const plot = width - label - 8;
    const height = 120;
    const top = Math.max(...buckets);
    const chart = svg('svg', { width, height: height + 20, role: 'img', 'aria-label': 'elements done per second' });
    axis(chart, (ms) => label + (ms - (seen.now - WINDOW_MS)) / WINDOW_MS * plot, height, label, plot);
    chart.append(text(number.format(top) + ' /s', label - 8, 20, 'end'), text('0', label - 8, height, 'end'));
    const group = svg('g', { class: 'bars' });
    const x = (ms) => label + (Math.max(0, ms - (seen.now - WINDOW_MS))) / WINDOW_MS * plot;
    buckets.forEach((count, i) => {
      const start = second - (60 - i) * 1000;
      if (start >= seen.coveredFrom && count > 0) {
        const h = count / top * (height - 16);
        group.append(svg('rect', { x: x(start).toFixed(1), y: (height - h).toFixed(1),
          width: Math.max(0, x(start + 1000) - x(start) - 1).toFixed(1), height: h.toFixed(1) }));
      }
    });
    chart.append(group);
    $('throughput').replaceChildren(chart);
  }

  // ---- tooltips, and off we go ----------------------------------------------------------------------

  document.addEventListener('mousemove', (event) => {
    const tip = tips.get(event.target);
    $('tooltip').hidden = !tip;
    if (tip) {
      $('tooltip').textContent = tip;
      $('tooltip').style.left = Math.min(event.clientX + 12, window.innerWidth - 370) + 'px';
      $('tooltip').style.top = (event.clientY + 14) + 'px';
    }
  });
  window.addEventListener('resize', render);
  loop();
})();
