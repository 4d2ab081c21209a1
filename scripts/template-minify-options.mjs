/**
 * How Lit templates are minified, for dist/ (rollup.config.mjs) and lib/ (minify-lib-templates.mjs) alike:
 * whitespace and comments out; a space between words and bindings stays a space (conservativeCollapse),
 * so no text runs together; value="" stays (the empty choice).
 */
export const templateMinifyOptions = { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } };
