<?php
/**
 * The widget's module script, from the plugin's own copy of dist/ (no CDN), enqueued only when a
 * shortcode or block rendered, once per page however many widgets it holds. No version query: the
 * bundle's chunks import the entry by its plain URL, and a second URL would load a second copy.
 *
 * @package DexCareVirtualVisit
 */

defined( 'ABSPATH' ) || exit;

function dexcare_vv_script_url() {
	return plugins_url( 'dist/dexcare-virtual-visit.js', DEXCARE_VV_FILE );
}

function dexcare_vv_enqueue() {
	static $enqueued = false;
	if ( $enqueued ) {
		return;
	}
	$enqueued = true;
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'dexcare-virtual-visit', dexcare_vv_script_url(), array(), null );
		return;
	}
	// WordPress before 6.5 has no script modules: print the tag in the footer ourselves.
	add_action( is_admin() ? 'admin_footer' : 'wp_footer', 'dexcare_vv_print_module_tag' );
}

function dexcare_vv_print_module_tag() {
	printf( '<script type="module" src="%s" id="dexcare-virtual-visit-js-module"></script>' . "\n", esc_url( dexcare_vv_script_url() ) );
}

// The block's live preview in the editor needs the element defined there too.
add_action(
	'enqueue_block_editor_assets',
	function () {
		add_action( 'admin_footer', 'dexcare_vv_print_module_tag' );
	}
);
