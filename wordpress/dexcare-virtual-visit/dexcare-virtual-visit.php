<?php
/**
 * Plugin Name:       DexCare virtual visit
 * Description:       The DexCare virtual visit widget as a shortcode and a block: patients pick their state, see the wait, and request a visit. No script of the site's own needed.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            DexCare
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       dexcare-virtual-visit
 *
 * @package DexCareVirtualVisit
 */

defined( 'ABSPATH' ) || exit;

define( 'DEXCARE_VV_VERSION', '0.1.0' );
define( 'DEXCARE_VV_FILE', __FILE__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings-page.php';

add_action( 'init', 'dexcare_vv_register' );

/** The shortcode and the block share one renderer, so both honour the same settings and rules. */
function dexcare_vv_register() {
	add_shortcode( 'dexcare_virtual_visit', 'dexcare_vv_shortcode' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'dexcare_vv_block' ) );
}
