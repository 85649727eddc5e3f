/** The readable page of the API's OpenAPI document, and the pinned script that draws it. */

/**
 * The script that draws the docs page (Scalar's API reference), pinned by package.json and served by the API
 * itself: no asset comes from a CDN. In Lambda it lies beside the bundle.
 */
export const DOCS_SCRIPT = '@scalar/api-reference/dist/browser/standalone.js';

/** What the docs page may load: its own script, its own styles (Scalar sets some inline), data: images. */
export const DOCS_SOURCES =
  "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

/** Scalar without what would call its own services (fonts, telemetry, AI agent, MCP, developer tools). */
const DOCS_CONFIGURATION = JSON.stringify({
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
  showDeveloperTools: 'never',
  agent: { disabled: true },
  mcp: { disabled: true },
});

/** A readable page for the document, drawn by the pinned script (checked by its hash) from the API's own origin. */
export const docsPage = (specUrl: string, scriptUrl: string, integrity: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>IOP EU-medborgare API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<noscript>The API is described by <a href="${specUrl}">${specUrl}</a> (OpenAPI 3.1).</noscript>
<script id="api-reference" data-url="${specUrl}" data-configuration='${DOCS_CONFIGURATION}'></script>
<script src="${scriptUrl}" integrity="${integrity}" crossorigin="anonymous"></script>
</body>
</html>
`;
