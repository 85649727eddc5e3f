/** The readable page of the API's OpenAPI document, and the pinned files that draw it. */

/**
 * The files that draw the docs page, served by the API itself under `/v1/docs/<name>` (no asset comes from a CDN).
 * Swagger UI's prebuilt bundle and style: one package with no dependencies of its own, pinned by package.json (it
 * replaced Scalar, whose one prebuilt file brought some 460 packages into every install). In Lambda they lie
 * beside the bundle.
 */
export const DOCS_FILES = {
  'api-reference.js': { packagePath: 'swagger-ui-dist/swagger-ui-bundle.js', mediaType: 'text/javascript' },
  'api-reference.css': { packagePath: 'swagger-ui-dist/swagger-ui.css', mediaType: 'text/css' },
} as const;
export type DocsFile = keyof typeof DOCS_FILES | 'start.js';

/**
 * What starts Swagger UI on the page: a file of its own, since the policy allows no inline script. It reads the
 * API's own document and sends nothing: no "Try it out", no online validator.
 */
export const docsStart = (specUrl: string) =>
  `window.ui = SwaggerUIBundle(${JSON.stringify({
    url: specUrl,
    dom_id: '#api-reference',
    deepLinking: true,
    supportedSubmitMethods: [],
    validatorUrl: null,
  })});\n`;

/** What the docs page may load: its own scripts and styles (Swagger UI sets some inline), data: images. */
export const DOCS_SOURCES =
  "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

/**
 * A readable page for the document, drawn by the pinned files (each checked by its hash) from the API's own origin.
 * `integrity` gives each file's hash by name.
 */
export const docsPage = (
  specUrl: string,
  base: string,
  integrity: (file: DocsFile) => string,
) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>IOP EU-medborgare API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${base}/api-reference.css" integrity="${integrity('api-reference.css')}" crossorigin="anonymous">
</head>
<body>
<noscript>The API is described by <a href="${specUrl}">${specUrl}</a> (OpenAPI 3.1).</noscript>
<main id="api-reference"></main>
<script src="${base}/api-reference.js" integrity="${integrity('api-reference.js')}" crossorigin="anonymous"></script>
<script src="${base}/start.js" integrity="${integrity('start.js')}" crossorigin="anonymous"></script>
</body>
</html>
`;
