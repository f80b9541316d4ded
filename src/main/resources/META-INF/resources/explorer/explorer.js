// The explorer: an actor's neighbourhood drawn with cytoscape.js, every fact listed in a table and
// readable with its evidence. It reads the service only through the public GraphQL API.
'use strict';

(() => {
  const PAGE_SIZE = 40; // facts per connection and page: six connections stay near 200 actors
  // Neighbourhoods per request: the service refuses a query of complexity over 1,000, about 23 of them.
  const PER_REQUEST = 10;
  const LABELLED_EDGES = 40; // beyond this many links, labels would hide the network
  const LARGE_NETWORK = 100; // links beyond which the network is drawn the cheaper way
  const CONTEXT_CHARS = 240;
  const CERTAINTIES = ['ASSERTED', 'ASSESSED', 'REPORTED', 'HYPOTHETICAL'];
  const KINDS = ['membership', 'measure', 'relation'];

  // Each side of an actor's neighbourhood is one paged connection of the API.
  const CONNECTIONS = [
    { alias: 'memberships', kind: 'membership', field: 'memberships', role: 'member', fragment: 'MembershipFact', status: 'membershipStatus', statusType: 'MembershipStatus' },
    { alias: 'members', kind: 'membership', field: 'memberships', role: 'organisation', fragment: 'MembershipFact', status: 'membershipStatus', statusType: 'MembershipStatus' },
    { alias: 'imposed', kind: 'measure', field: 'punitiveMeasures', role: 'imposer', fragment: 'MeasureFact', status: 'measureStatus', statusType: 'MeasureStatus' },
    { alias: 'received', kind: 'measure', field: 'punitiveMeasures', role: 'target', fragment: 'MeasureFact', status: 'measureStatus', statusType: 'MeasureStatus' },
    { alias: 'asSubject', kind: 'relation', field: 'relations', role: 'subject', fragment: 'RelationFact' },
    { alias: 'asObject', kind: 'relation', field: 'relations', role: 'object', fragment: 'RelationFact' },
  ];

  const FRAGMENTS = `
    fragment ActorNode on Actor { id name kind }
    fragment Quote on Evidence { id }
    fragment MembershipFact on Membership {
      __typename id status since until certainty attributedTo
      member { ...ActorNode } organisation { ...ActorNode } evidence { ...Quote }
    }
    fragment MeasureFact on PunitiveMeasure {
      __typename id kind status summary date scope statedReason assessedMotive certainty attributedTo
      imposer { ...ActorNode } target { ...ActorNode } trigger { name date } evidence { ...Quote }
    }
    fragment RelationFact on Relation {
      __typename id type certainty attributedTo
      subject { ...ActorNode } object { ...ActorNode } evidence { ...Quote }
    }`;

  // A neighbourhood lists its quotes' ids only; a reader who opens a fact gets its quotes in context.
  const QUOTES = `query Quotes($ids: [String!]!) {
      evidence(ids: $ids) {
        id quote start end
        source { title publisher section }
        context(chars: ${CONTEXT_CHARS}) { text start end }
      }
    }`;

  const SUGGEST = `query Suggest($text: String!) {
      search(text: $text, first: 12) { __typename ... on Actor { id name kind aliases } }
    }`;

  const FIRST_ACTOR = `query FirstActor { memberships(first: 1) { nodes { member { name } } } }`;

  const MEMBERSHIP_VERBS = {
    MEMBER: 'is a member of', DECLINED: 'declined to join', APPLICANT: 'applied to join',
    OBSERVER: 'is an observer of', PARTNER: 'is a partner of', FORMER_MEMBER: 'is a former member of',
  };
  const MEASURE_VERBS = { IMPOSED: 'imposed', THREATENED: 'threatened', SPECULATED: 'may impose', LIFTED: 'lifted' };
  const MEASURE_KINDS = {
    IMPORT_BAN: 'an import ban', EXPORT_BAN: 'an export ban', SANCTION: 'sanctions', TARIFF: 'a tariff',
    DIPLOMATIC: 'a diplomatic measure', MILITARY: 'a military measure', OTHER: 'a measure',
  };
  const TYPE_NAMES = { Membership: 'Membership', PunitiveMeasure: 'Punitive measure', Relation: 'Relation' };

  // What the URL says: the actor in the centre, the actors expanded, the filters and the selection.
  const view = { actor: '', expanded: [], kinds: KINDS.slice(), membershipStatus: '', measureStatus: '', certainty: CERTAINTIES.slice(), select: '' };
  // What has been read: actors by id, facts by "Type:id", and each loaded actor's connections' paging.
  let actors = new Map();
  let facts = new Map();
  let neighbourhoods = new Map();
  let focusId = null;
  let cy = null;
  let generation = 0; // a newer load makes the answers of an older one stale

  const $ = (selector) => document.querySelector(selector);
  const esc = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const words = (constant) => String(constant).toLowerCase().replace(/_/g, ' ');

  /** Thrown when the view changed while an answer was on its way: the answer is dropped, the newer view stays. */
  class Stale extends Error {}

  async function graphql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
    let body;
    try {
      body = await response.json();
    } catch (notJson) {
      throw new Error(`The service answered ${response.status} without a GraphQL response`);
    }
    if (body.errors && body.errors.length) {
      const error = new Error(body.errors.map((e) => e.message).join('; '));
      error.data = body.data;
      throw error;
    }
    return body.data;
  }

  // ---- the URL ----

  function readUrl() {
    const params = new URLSearchParams(location.search);
    const list = (name, allowed) => {
      if (!params.has(name)) return allowed.slice();
      return params.get(name).split(',').map((v) => v.trim()).filter((v) => allowed.includes(v));
    };
    view.actor = (params.get('actor') || '').trim();
    view.expanded = params.getAll('expand').filter(Boolean);
    view.kinds = list('kind', KINDS);
    view.certainty = list('certainty', CERTAINTIES);
    view.membershipStatus = '';
    view.measureStatus = '';
    for (const status of (params.get('status') || '').split(',')) {
      if (MEMBERSHIP_VERBS[status]) view.membershipStatus = status;
      if (MEASURE_VERBS[status]) view.measureStatus = status;
    }
    view.select = params.get('select') || '';
  }

  function url() {
    const params = new URLSearchParams();
    if (view.actor) params.set('actor', view.actor);
    view.expanded.forEach((name) => params.append('expand', name));
    if (view.kinds.length !== KINDS.length) params.set('kind', view.kinds.join(','));
    const statuses = [view.membershipStatus, view.measureStatus].filter(Boolean);
    if (statuses.length) params.set('status', statuses.join(','));
    if (view.certainty.length !== CERTAINTIES.length) params.set('certainty', view.certainty.join(','));
    if (view.select) params.set('select', view.select);
    const query = params.toString().replace(/%2C/g, ','); // commas need no escape in a query: keep it readable
    return query ? `/?${query}` : '/';
  }

  function writeUrl(replace) {
    const next = url();
    if (next === location.pathname + location.search) return;
    if (replace) history.replaceState(null, '', next); else history.pushState(null, '', next);
  }

  function formToView() {
    const form = $('#filters');
    view.kinds = [...form.querySelectorAll('input[name=kind]:checked')].map((box) => box.value);
    view.certainty = [...form.querySelectorAll('input[name=certainty]:checked')].map((box) => box.value);
    view.membershipStatus = form.elements.membershipStatus.value;
    view.measureStatus = form.elements.measureStatus.value;
  }

  function viewToForm() {
    const form = $('#filters');
    form.querySelectorAll('input[name=kind]').forEach((box) => { box.checked = view.kinds.includes(box.value); });
    form.querySelectorAll('input[name=certainty]').forEach((box) => { box.checked = view.certainty.includes(box.value); });
    form.elements.membershipStatus.value = view.membershipStatus;
    form.elements.measureStatus.value = view.measureStatus;
    $('#search').value = view.actor;
  }

  // ---- reading neighbourhoods ----

  /**
   * One query for the neighbourhoods of several actors: for actor i, `a{i}` is the actor (when asked) and
   * `c{i}_{alias}` each side asked for. One request costs the service about half of what one per actor does,
   * since nested actors and quote ids are read in one batch for all of them.
   */
  function neighbourhoodQuery(groups, withActors) {
    const variables = ['$first: Int!'];
    const filtered = view.certainty.length !== CERTAINTIES.length;
    if (filtered) variables.push('$certainty: [Certainty!]');
    const statusTypes = new Map();
    const used = new Set();
    const fields = [];
    groups.forEach(({ parts }, i) => {
      variables.push(`$n${i}: String!`);
      if (withActors) fields.push(`a${i}: actor(name: $n${i}) { id name kind aliases description }`);
      for (const { connection, after } of parts) {
        const args = [`${connection.role}: $n${i}`, 'first: $first'];
        if (filtered) args.push('certainty: $certainty');
        if (connection.status && view[connection.status]) {
          args.push(`status: $${connection.status}`);
          statusTypes.set(connection.status, connection.statusType);
        }
        if (after) {
          args.push(`after: $after${i}_${connection.alias}`);
          variables.push(`$after${i}_${connection.alias}: String`);
        }
        used.add(connection.fragment);
        fields.push(`c${i}_${connection.alias}: ${connection.field}(${args.join(', ')}) {
          totalCount pageInfo { hasNextPage endCursor } nodes { ...${connection.fragment} } }`);
      }
    });
    statusTypes.forEach((type, name) => variables.push(`$${name}: ${type}`));
    const fragments = FRAGMENTS.split(/(?=fragment )/).filter((f) => {
      const name = (f.match(/fragment (\w+)/) || [])[1];
      return name && (used.has(name) || name === 'ActorNode' || name === 'Quote');
    }).join('\n');
    return `query Neighbourhoods(${variables.join(', ')}) {\n${fields.join('\n')}\n}\n${fragments}`;
  }

  function neighbourhoodVariables(groups) {
    const variables = { first: PAGE_SIZE };
    if (view.certainty.length !== CERTAINTIES.length) variables.certainty = view.certainty;
    if (view.membershipStatus) variables.membershipStatus = view.membershipStatus;
    if (view.measureStatus) variables.measureStatus = view.measureStatus;
    groups.forEach(({ name, parts }, i) => {
      variables[`n${i}`] = name;
      parts.forEach(({ connection, after }) => { if (after) variables[`after${i}_${connection.alias}`] = after; });
    });
    return variables;
  }

  /** Reads these actors and the first page of each side of their neighbourhoods; null for a name no actor has. */
  async function loadNeighbourhoods(names) {
    if (!names.length) return [];
    if (names.length > PER_REQUEST) {
      return (await Promise.all(chunks(names, PER_REQUEST).map(loadNeighbourhoods))).flat();
    }
    const groups = names.map((name) => ({ name, parts: CONNECTIONS.filter((c) => view.kinds.includes(c.kind)).map((connection) => ({ connection, after: null })) }));
    const mine = generation;
    let data;
    try {
      data = await graphql(neighbourhoodQuery(groups, true), neighbourhoodVariables(groups));
    } catch (error) {
      // The connections refuse a name no actor has, and take the whole answer with them: read the others again.
      const known = await knownActors(names);
      if (known.every(Boolean)) throw error;
      const found = await loadNeighbourhoods(names.filter((name, i) => known[i]));
      return names.map((name, i) => (known[i] ? found.shift() : null));
    }
    if (mine !== generation) throw new Stale();
    return groups.map((group, i) => {
      if (!data[`a${i}`]) return null;
      const actor = addActor(data[`a${i}`]);
      const pages = new Map();
      neighbourhoods.set(actor.id, { name: actor.name, pages });
      take(data, i, group.parts, pages);
      return actor;
    });
  }

  async function knownActors(names) {
    const query = `query Known(${names.map((name, i) => `$n${i}: String!`).join(', ')}) {
      ${names.map((name, i) => `a${i}: actor(name: $n${i}) { id }`).join('\n')} }`;
    const data = await graphql(query, Object.fromEntries(names.map((name, i) => [`n${i}`, name])));
    return names.map((name, i) => Boolean(data[`a${i}`]));
  }

  /** Reads the next page of every connection that has one, all in one request. */
  async function loadMore() {
    const groups = [];
    for (const neighbourhood of neighbourhoods.values()) {
      const parts = CONNECTIONS.filter((c) => neighbourhood.pages.get(c.alias)?.hasNextPage)
        .map((connection) => ({ connection, after: neighbourhood.pages.get(connection.alias).endCursor }));
      if (parts.length) groups.push({ name: neighbourhood.name, parts, pages: neighbourhood.pages });
    }
    const mine = generation;
    await Promise.all(chunks(groups, PER_REQUEST).map(async (chunk) => {
      const data = await graphql(neighbourhoodQuery(chunk, false), neighbourhoodVariables(chunk));
      if (mine !== generation) throw new Stale();
      chunk.forEach((group, i) => take(data, i, group.parts, group.pages));
    }));
  }

  function chunks(items, size) {
    const result = [];
    for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
    return result;
  }

  function take(data, i, parts, pages) {
    for (const { connection } of parts) {
      const page = data[`c${i}_${connection.alias}`];
      pages.set(connection.alias, { hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor, totalCount: page.totalCount });
      page.nodes.forEach(addFact);
    }
  }

  function addActor(actor) {
    const known = actors.get(actor.id);
    const merged = Object.assign(known || {}, actor);
    actors.set(actor.id, merged);
    return merged;
  }

  function addFact(fact) {
    const key = `${fact.__typename}:${fact.id}`;
    const [from, to] = ends(fact);
    fact.key = key;
    fact.from = addActor(from);
    fact.to = addActor(to);
    facts.set(key, fact);
  }

  function ends(fact) {
    switch (fact.__typename) {
      case 'Membership': return [fact.member, fact.organisation];
      case 'PunitiveMeasure': return [fact.imposer, fact.target];
      default: return [fact.subject, fact.object];
    }
  }

  function linkClass(fact) {
    if (fact.__typename === 'Membership') {
      return fact.status === 'MEMBER' ? 'member' : fact.status === 'DECLINED' ? 'declined' : 'other-membership';
    }
    return fact.__typename === 'PunitiveMeasure' ? 'measure' : 'relation';
  }

  function linkLabel(fact) {
    if (fact.__typename === 'Membership') return words(fact.status);
    if (fact.__typename === 'PunitiveMeasure') return words(fact.kind);
    return words(fact.type);
  }

  // ---- sentences ----

  function actorLink(actor) {
    return `<a href="/?actor=${encodeURIComponent(actor.name)}" data-actor="${esc(actor.name)}">${esc(actor.name)}</a>`;
  }

  function sentence(fact) {
    const from = actorLink(fact.from);
    const to = actorLink(fact.to);
    if (fact.__typename === 'Membership') {
      const period = [fact.since && `since ${esc(fact.since)}`, fact.until && `until ${esc(fact.until)}`].filter(Boolean).join(', ');
      return `${from} ${MEMBERSHIP_VERBS[fact.status] || words(fact.status)} ${to}${period ? ` (${period})` : ''}.`;
    }
    if (fact.__typename === 'PunitiveMeasure') {
      const scope = fact.scope ? `: ${esc(fact.scope)}` : '';
      return `${from} ${MEASURE_VERBS[fact.status] || words(fact.status)} ${MEASURE_KINDS[fact.kind] || words(fact.kind)} on ${to}${scope}.`;
    }
    return `${from} <em>${esc(words(fact.type))}</em> ${to}.`;
  }

  function factDate(fact) {
    if (fact.__typename === 'Membership') return [fact.since, fact.until].filter(Boolean).join(' – ');
    return fact.date || '';
  }

  // ---- drawing ----

  function style() {
    const kinds = { STATE: ['ellipse', '#3b6ea5'], ORGANISATION: ['round-rectangle', '#6b46c1'], PERSON: ['triangle', '#2f855a'],
      CITY: ['diamond', '#b7791f'], REGION: ['hexagon', '#975a16'], GOVERNMENT_BODY: ['rectangle', '#4a5568'] };
    return [
      { selector: 'node', style: { label: 'data(name)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': '140px', 'min-zoomed-font-size': 7, width: 24, height: 24,
        'background-color': '#718096', color: '#1a202c', 'text-background-color': '#ffffff', 'text-background-opacity': 0.7 } },
      ...Object.entries(kinds).map(([kind, [shape, colour]]) => ({ selector: `node[kind = "${kind}"]`, style: { shape, 'background-color': colour } })),
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1a202c' } },
      { selector: 'node.focus', style: { width: 38, height: 38, 'border-width': 4, 'border-color': '#d69e2e', 'font-size': 14, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 1.5, opacity: 0.45, 'curve-style': 'bezier', 'line-color': '#a0aec0', 'arrow-scale': 1.1 } },
      { selector: 'edge[certainty = "ASSERTED"]', style: { width: 4, opacity: 1 } },
      { selector: 'edge.member', style: { 'line-color': '#2b6cb0' } },
      { selector: 'edge.declined', style: { 'line-color': '#c05621', 'line-style': 'dashed', 'line-dash-pattern': [8, 5] } },
      { selector: 'edge.other-membership', style: { 'line-color': '#2b6cb0', 'line-style': 'dotted' } },
      { selector: 'edge.measure', style: { 'line-color': '#c53030', 'target-arrow-color': '#c53030', 'target-arrow-shape': 'triangle' } },
      { selector: 'edge.relation', style: { 'line-color': '#2f855a', 'target-arrow-color': '#2f855a', 'target-arrow-shape': 'vee' } },
      { selector: 'edge.labelled', style: { label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
        'text-background-opacity': 0.8, 'min-zoomed-font-size': 7 } },
      // A large network draws straight links and bare labels: bundled curves and label boxes cost most there.
      { selector: 'edge.large', style: { 'curve-style': 'straight' } },
      { selector: 'node.large', style: { 'text-background-opacity': 0 } },
      { selector: ':selected', style: { 'overlay-color': '#d69e2e', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
    ];
  }

  /** The canvas and its styles, made once while the first answer is on its way. */
  function createGraph() {
    cy = cytoscape({ container: $('#graph'), style: style(), minZoom: 0.1, maxZoom: 3, boxSelectionEnabled: false });
    cy.on('tap', 'edge', (event) => select(event.target.id(), true));
    cy.on('tap', 'node', (event) => openActor(event.target.data('actorId'), true));
  }

  function draw() {
    const expanded = new Set(neighbourhoods.keys());
    const labelled = facts.size <= LABELLED_EDGES;
    const large = facts.size > LARGE_NETWORK ? 'large' : '';
    const elements = [];
    actors.forEach((actor) => { // every actor read is a centre, an expanded one or the end of a fact shown
      const classes = [actor.id === focusId ? 'focus' : '', expanded.has(actor.id) ? 'expanded' : '', large].filter(Boolean).join(' ');
      const level = actor.id === focusId ? 3 : expanded.has(actor.id) ? 2 : 1;
      elements.push({ group: 'nodes', data: { id: `Actor:${actor.id}`, actorId: actor.id, name: actor.name, kind: actor.kind, level }, classes });
    });
    facts.forEach((fact) => {
      const classes = [linkClass(fact), labelled ? 'labelled' : '', large].filter(Boolean).join(' ');
      elements.push({ group: 'edges', data: { id: fact.key, source: `Actor:${fact.from.id}`, target: `Actor:${fact.to.id}`,
        certainty: fact.certainty, label: linkLabel(fact) }, classes });
    });
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.layout({ name: 'concentric', concentric: (node) => node.data('level'), levelWidth: () => 1,
      minNodeSpacing: elements.length > 120 ? 6 : 60, animate: false, fit: true, padding: 30 }).run();
    if (cy.zoom() > 1.3) { // a small neighbourhood fitted to the canvas would have huge labels
      cy.zoom(1.3);
      cy.center();
    }
  }

  function table() {
    const order = { Membership: 0, PunitiveMeasure: 1, Relation: 2 };
    const rows = [...facts.values()].sort((a, b) => order[a.__typename] - order[b.__typename]
      || a.from.name.localeCompare(b.from.name) || a.to.name.localeCompare(b.to.name));
    $('#fact-rows').innerHTML = rows.map((fact) => `
      <tr data-fact="${esc(fact.key)}"${fact.key === view.select ? ' class="selected"' : ''}>
        <td>${sentence(fact)}</td>
        <td>${fact.__typename === 'Membership' && fact.status === 'DECLINED' ? 'Refusal' : TYPE_NAMES[fact.__typename]}</td>
        <td>${esc(words(fact.status || fact.type))}</td>
        <td><span class="certainty ${esc(fact.certainty)}">${esc(words(fact.certainty))}</span>${fact.attributedTo ? ` (${esc(fact.attributedTo)})` : ''}</td>
        <td>${esc(factDate(fact))}</td>
        <td><button type="button" data-evidence="${esc(fact.key)}">Read the ${fact.evidence.length === 1 ? 'quote' : `${fact.evidence.length} quotes`}</button></td>
      </tr>`).join('') || '<tr><td colspan="6">No fact matches the filters.</td></tr>';
    $('#facts-title').textContent = view.actor ? `Facts shown (${facts.size})` : 'Facts shown';
  }

  function moreButton() {
    let total = 0;
    let more = false;
    neighbourhoods.forEach(({ pages }) => pages.forEach((page) => { total += page.totalCount; more = more || page.hasNextPage; }));
    const button = $('#show-more');
    button.hidden = !more;
    button.textContent = `Show more (${facts.size} of ${total} facts shown)`;
  }

  // ---- the panel ----

  function quote(evidence) {
    const context = evidence.context;
    const from = evidence.start - context.start;
    const to = evidence.end - context.start;
    const text = context.text;
    const source = evidence.source;
    return `<blockquote>${context.start > 0 ? '…' : ''}${esc(text.slice(0, from))}<mark>${esc(text.slice(from, to))}</mark>${esc(text.slice(to))}…
      <cite>${esc(source.title)}${source.publisher ? `, ${esc(source.publisher)}` : ''}${source.section ? ` (${esc(source.section)})` : ''};
        characters ${evidence.start}–${evidence.end}</cite></blockquote>`;
  }

  function quotes(fact) {
    if (!fact.evidence.length) return '<p>No quote recorded.</p>';
    if (fact.quoteError) return `<p class="error">${esc(fact.quoteError)}</p>`;
    return fact.quotes ? fact.quotes.filter(Boolean).map(quote).join('') : '<p>Reading the quotes…</p>';
  }

  async function readQuotes(fact) {
    try {
      fact.quotes = (await graphql(QUOTES, { ids: fact.evidence.map((evidence) => evidence.id) })).evidence;
      fact.quoteError = null;
    } catch (error) {
      fact.quoteError = error.message;
    }
    if (view.select === fact.key) {
      $('#details .quotes').innerHTML = quotes(fact);
    }
  }

  function showFact(fact) {
    const claim = [
      ['Certainty', `<span class="certainty ${esc(fact.certainty)}">${esc(words(fact.certainty))}</span>`],
      ['Attributed to', esc(fact.attributedTo)],
      ['Since', esc(fact.since)], ['Until', esc(fact.until)], ['Date', esc(fact.date)],
    ];
    const details = [
      ['Summary', esc(fact.summary)], ['Scope', esc(fact.scope)],
      ['Stated reason', esc(fact.statedReason)], ['Assessed motive', esc(fact.assessedMotive)],
      ['Triggered by', fact.trigger ? esc(fact.trigger.name + (fact.trigger.date ? ` (${fact.trigger.date})` : '')) : ''],
    ];
    const list = (rows) => rows.filter(([, value]) => value).map(([name, value]) => `<dt>${name}</dt><dd>${value}</dd>`).join('');
    const kind = fact.__typename === 'Membership' && fact.status === 'DECLINED' ? 'Refusal' : TYPE_NAMES[fact.__typename];
    $('#details').innerHTML = `<h2>${esc(kind)}</h2>
      <p class="sentence">${sentence(fact)}</p>
      <dl>${list(claim)}</dl>
      <h3>Evidence</h3><div class="quotes">${quotes(fact)}</div>
      ${list(details) ? `<h3>Details</h3><dl>${list(details)}</dl>` : ''}`;
    if (!fact.quotes && fact.evidence.length) {
      readQuotes(fact);
    }
  }

  function showActor(actor) {
    const own = [...facts.values()].filter((fact) => fact.from.id === actor.id || fact.to.id === actor.id);
    const loaded = neighbourhoods.has(actor.id);
    $('#details').innerHTML = `<h2>${esc(actor.name)}</h2>
      <dl><dt>Kind</dt><dd>${esc(words(actor.kind))}</dd>
        ${actor.aliases && actor.aliases.length ? `<dt>Also called</dt><dd>${esc(actor.aliases.join(', '))}</dd>` : ''}
        ${actor.description ? `<dt>Description</dt><dd>${esc(actor.description)}</dd>` : ''}</dl>
      <p>${loaded ? 'Its neighbourhood is drawn.' : ''} <a href="/?actor=${encodeURIComponent(actor.name)}">Put ${esc(actor.name)} in the centre</a></p>
      <h3>Facts shown (${own.length})</h3>
      <ul>${own.map((fact) => `<li><button type="button" class="link" data-evidence="${esc(fact.key)}">${esc(linkLabel(fact))}</button>
        ${sentence(fact)}</li>`).join('')}</ul>`;
  }

  function select(key, record) {
    view.select = key;
    const fact = facts.get(key);
    const actor = key.startsWith('Actor:') ? actors.get(key.slice(6)) : null;
    if (fact) showFact(fact); else if (actor) showActor(actor); else view.select = '';
    document.querySelectorAll('#fact-rows tr.selected').forEach((row) => row.classList.remove('selected'));
    if (fact) document.querySelector(`#fact-rows tr[data-fact="${CSS.escape(key)}"]`)?.classList.add('selected');
    if (cy) {
      cy.elements(':selected').unselect();
      if (view.select) cy.getElementById(view.select).select();
    }
    if (record) writeUrl(false);
  }

  /** A click on an actor: its panel, and its own neighbourhood drawn if it is not yet. */
  async function openActor(actorId, record) {
    const actor = actors.get(actorId);
    if (!actor) return;
    select(`Actor:${actorId}`, false);
    if (!neighbourhoods.has(actorId)) {
      view.expanded.push(actor.name);
      await run(async () => { await loadNeighbourhoods([actor.name]); });
      select(`Actor:${actorId}`, false);
    }
    if (record) writeUrl(false);
  }

  // ---- loading, status, errors ----

  function status(message, error) {
    const line = $('#status');
    line.textContent = message;
    line.classList.toggle('error', Boolean(error));
  }

  function nextFrame() {
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }

  async function run(work) {
    const started = performance.now();
    document.body.dataset.state = 'loading';
    status('Loading…');
    try {
      await work();
      const fetched = performance.now();
      draw();
      const drawn = performance.now();
      table();
      moreButton();
      await nextFrame(); // the network is painted, not only laid out
      // How long the API, the drawing and the whole took: for anyone timing the page (RESULTS.md does).
      document.body.dataset.fetchMs = String(Math.round(fetched - started));
      document.body.dataset.drawMs = String(Math.round(drawn - fetched));
      document.body.dataset.loadMs = String(Math.round(performance.now() - started));
      status(summary());
      document.body.dataset.state = 'ready';
    } catch (error) {
      if (error instanceof Stale) return;
      status(error.message, true);
      document.body.dataset.state = 'error';
    }
  }

  function summary() {
    if (!focusId) return 'Type an actor\'s name above.';
    const nodes = cy ? cy.nodes().length : 0;
    return `${actors.get(focusId).name}: ${facts.size} facts between ${nodes} actors shown.`;
  }

  /** Reads the whole view again: the centre actor and each expanded one, in one request. */
  async function load() {
    generation += 1;
    actors = new Map();
    facts = new Map();
    neighbourhoods = new Map();
    focusId = null;
    $('#details').innerHTML = '<p class="hint">Click a link or an actor in the network, or a fact in the table, to read its evidence.</p>';
    if (!view.certainty.length || !view.kinds.length) {
      await run(async () => {});
      status('Choose at least one kind of fact and one certainty.', true);
      return;
    }
    let missing = null;
    await run(async () => {
      if (!view.actor) {
        const first = await graphql(FIRST_ACTOR, {});
        const nodes = first.memberships.nodes;
        if (!nodes.length) return;
        view.actor = nodes[0].member.name;
        $('#search').value = view.actor;
        writeUrl(true);
      }
      const [focus] = await loadNeighbourhoods([view.actor, ...view.expanded]);
      if (!focus) {
        missing = view.actor;
        return;
      }
      focusId = focus.id;
      if (focus.name !== view.actor) {
        view.actor = focus.name;
        $('#search').value = focus.name;
        writeUrl(true);
      }
    });
    if (missing) {
      status(`No actor is named “${missing}”. Try the suggestions of the search box.`, true);
      return;
    }
    if (view.select) select(view.select, false);
  }

  // ---- the search box ----

  let suggestionTimer = null;
  let suggestions = [];
  let active = -1;

  function showSuggestions() {
    const list = $('#suggestions');
    const input = $('#search');
    list.innerHTML = suggestions.map((actor, i) => `<li role="option" id="suggestion-${i}" aria-selected="${i === active}"
      data-name="${esc(actor.name)}">${esc(actor.name)}<small>${esc(words(actor.kind))}</small></li>`).join('');
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`); else input.removeAttribute('aria-activedescendant');
  }

  function suggest(text) {
    clearTimeout(suggestionTimer);
    if (text.trim().length < 2) {
      suggestions = [];
      showSuggestions();
      return;
    }
    suggestionTimer = setTimeout(async () => {
      try {
        const data = await graphql(SUGGEST, { text });
        if ($('#search').value !== text) return;
        suggestions = data.search.filter((hit) => hit.__typename === 'Actor').slice(0, 8);
        active = -1;
        showSuggestions();
      } catch (error) {
        suggestions = [];
        showSuggestions();
        status(error.message, true);
      }
    }, 150);
  }

  function go(name) {
    suggestions = [];
    showSuggestions();
    if (!name.trim()) return;
    view.actor = name.trim();
    view.expanded = [];
    view.select = '';
    writeUrl(false);
    load();
  }

  function wire() {
    const input = $('#search');
    input.addEventListener('input', () => suggest(input.value));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!suggestions.length) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        active = (active + step + suggestions.length) % suggestions.length;
        showSuggestions();
      } else if (event.key === 'Escape') {
        suggestions = [];
        showSuggestions();
      }
    });
    $('#search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      go(active >= 0 && suggestions[active] ? suggestions[active].name : input.value);
    });
    $('#suggestions').addEventListener('mousedown', (event) => {
      const option = event.target.closest('li[data-name]');
      if (option) {
        event.preventDefault();
        go(option.dataset.name);
      }
    });
    input.addEventListener('blur', () => setTimeout(() => { suggestions = []; showSuggestions(); }, 100));
    $('#filters').addEventListener('change', () => {
      formToView();
      view.select = '';
      writeUrl(false);
      load();
    });
    $('#show-more').addEventListener('click', () => run(loadMore));
    // The table and the panel: actor names open the actor, buttons open a fact's evidence.
    document.addEventListener('click', (event) => {
      const evidence = event.target.closest('button[data-evidence]');
      if (evidence) {
        select(evidence.dataset.evidence, true);
        $('#details').focus({ preventScroll: true });
        return;
      }
      const link = event.target.closest('a[data-actor]');
      if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        event.preventDefault();
        go(link.dataset.actor);
      }
    });
    window.addEventListener('popstate', () => {
      readUrl();
      viewToForm();
      load();
    });
  }

  // The drawn network, for a console session or a test that clicks on the canvas.
  window.multivectorExplorer = Object.freeze({ graph: () => cy });

  document.addEventListener('DOMContentLoaded', () => {
    $('#details').tabIndex = -1;
    readUrl();
    viewToForm();
    wire();
    load();
    createGraph();
  });
})();
