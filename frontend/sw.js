// Digikomp's service worker: the app, and the lessons a learner has already opened, stay
// readable without a network. Progress itself is queued by the app (localStorage), not here.
//
// The server sends this file with `no-cache` and puts an id that changes with every
// deployment in place of the placeholder in BUILD, so each deployment gets caches of its own
// and the old ones are deleted when it takes over.
const BUILD = "__DIGIKOMP_BUILD__";
const SHELL = "digikomp-shell-" + BUILD; // the bundles' pages and the hashed files they load
// The app is built as bundles (common::Bundle in the Rust code): addresses under these
// prefixes (longest first; a `*` segment stands for any one) have a page of their own,
// everything else is /index.html. The server fills this in, like BUILD.
const PAGES = "__DIGIKOMP_PAGES__";
const CONTENT = "digikomp-content-" + BUILD; // courses and the framework, as last fetched

// Trunk names built files `name-<hash>.ext` or `name-<hash>_bg.wasm`, and their content never
// changes under that name. The hash is unpadded hex, so now and then 15 digits, not 16.
const HASHED = /-[0-9a-f]{15,}(_bg)?\.[a-z0-9]+$/;

self.addEventListener("install", (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name !== SHELL && name !== CONTENT)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Not intercepted at all: anything but GET (progress, quiz attempts, signing in), other
  // sites, and every API path except the course content below.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && !url.pathname.startsWith("/api/")) {
    event.respondWith(page(event));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (isContent(url.pathname)) {
    event.respondWith(networkFirst(event));
  }
});

// The page of the bundle that serves `path`.
function pageFor(path) {
  const segments = path.split("/");
  for (const [prefix, page] of PAGES) {
    const wanted = prefix.split("/");
    if (wanted.every((want, i) => i < segments.length && (want === "*" || want === segments[i]))) {
      return page;
    }
  }
  return "/index.html";
}

// The learners' pages at once (the catalogue's, the courses' and the lessons', so that a
// started course can be finished offline from the first visit), and the page of the bundle the worker was
// installed from (a manager on /team, say). Other bundles' pages are kept when they are
// first opened (see page()).
async function cacheShell() {
  const pages = new Set(["/index.html", pageFor("/courses/c"), pageFor("/courses/c/lessons/1")]);
  const clients = await self.clients.matchAll({ includeUncontrolled: true, type: "window" });
  for (const client of clients) pages.add(pageFor(new URL(client.url).pathname));
  await Promise.all([...pages].map(cachePage));
}

// A bundle's page and every same-origin hashed file it names: the module script, the WASM,
// the stylesheet, the icon and the language files (in href="…", src="…", content="…" and
// the inline script's import '…').
async function cachePage(page) {
  const cache = await caches.open(SHELL);
  const response = await fetch(page, { cache: "no-cache" });
  if (!response.ok) throw new Error(page + ": " + response.status);
  const html = await response.clone().text();
  const assets = new Set();
  for (const match of html.matchAll(/["'](\/[^"'\s?#]+)["']/g)) {
    if (HASHED.test(match[1])) assets.add(match[1]);
  }
  await cache.addAll([...assets]);
  await cache.put(page, response);
}

function isContent(path) {
  return path === "/api/framework" || path === "/api/courses" || path.startsWith("/api/courses/");
}

// Pages: the network's answer when it comes (and the bundle's page and files kept, the first
// time a bundle is opened), else the bundle's page from the cache, which then shows the page
// for the address by itself.
async function page(event) {
  const page = pageFor(new URL(event.request.url).pathname);
  try {
    const response = await fetch(event.request);
    if (response.ok) {
      event.waitUntil(
        caches
          .match(page, { cacheName: SHELL })
          .then((cached) => cached || cachePage(page))
          .catch(() => {}),
      );
    }
    return response;
  } catch (error) {
    const cached = await caches.match(page, { cacheName: SHELL });
    if (cached) return cached;
    throw error;
  }
}

// Hashed files never change, so a cached copy is always right.
async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    caches.open(SHELL).then((cache) => cache.put(request, copy));
  }
  return response;
}

// Course content: fresh from the network, kept for later; the kept copy when offline.
async function networkFirst(event) {
  const request = event.request;
  const cache = await caches.open(CONTENT);
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(cache.put(request, response.clone()));
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}
