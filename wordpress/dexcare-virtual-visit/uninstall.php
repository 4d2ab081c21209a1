<?php
/**
 * Deleting the plugin removes the one thing it stored: its settings.
 *
 * @package DexCareVirtualVisit
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'dexcare_virtual_visit' );
