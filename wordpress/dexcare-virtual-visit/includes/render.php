<?php
/**
 * The element's markup, rendered on the server from a shortcode's or a block's attributes over the
 * site's settings. The content filter never sees it, so it survives where pasted markup would be
 * stripped (authors, DISALLOW_UNFILTERED_HTML).
 *
 * @package DexCareVirtualVisit
 */

defined( 'ABSPATH' ) || exit;

/** Element attribute => [settings key or null, sanitiser]. Anything else a shortcode carries is ignored. */
function dexcare_vv_attributes() {
	return array(
		'practice-id'            => array( 'practice_id', 'dexcare_vv_clean_id' ),
		'brand'                  => array( 'brand', 'dexcare_vv_clean_id' ),
		'api-base-url'           => array( 'api_base_url', 'dexcare_vv_clean_url' ),
		'session-url'            => array( 'session_url', 'dexcare_vv_clean_url' ),
		'sign-in-url'            => array( 'sign_in_url', 'dexcare_vv_clean_url' ),
		'waiting-room-url'       => array( 'waiting_room_url', 'dexcare_vv_clean_url' ),
		'locale'                 => array( 'locale', 'dexcare_vv_clean_locale' ),
		'stripe-publishable-key' => array( 'stripe_publishable_key', 'dexcare_vv_clean_stripe_key' ),
		'mode'                   => array( null, 'dexcare_vv_clean_mode' ),
		'region-code'            => array( null, 'dexcare_vv_clean_region_code' ),
		'department-id'          => array( null, 'dexcare_vv_clean_id' ),
	);
}

function dexcare_vv_clean_mode( $value ) {
	$value = strtolower( trim( (string) $value ) );
	return in_array( $value, array( 'inline', 'dialog' ), true ) ? $value : '';
}

/** [dexcare_virtual_visit practice-id="…" region-code="MT"] */
function dexcare_vv_shortcode( $atts ) {
	return dexcare_vv_render( is_array( $atts ) ? $atts : array() );
}

/** The block's camelCase attributes, as the shortcode's. */
function dexcare_vv_block( $attributes ) {
	$given = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( is_string( $value ) ) {
			$given[ strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', $name ) ) ] = $value;
		}
	}
	return dexcare_vv_render( $given );
}

/**
 * Given attributes over the settings, each value checked; a given value that fails its check is left
 * out (the setting applies instead) and named to those who can edit, never to patients.
 */
function dexcare_vv_render( array $given ) {
	$settings = dexcare_vv_settings();
	$values   = array();
	$refused  = array();
	foreach ( dexcare_vv_attributes() as $attribute => list( $setting, $sanitize ) ) {
		$raw   = isset( $given[ $attribute ] ) ? trim( (string) $given[ $attribute ] ) : '';
		$value = '' === $raw ? '' : (string) call_user_func( $sanitize, $raw );
		if ( '' !== $raw && '' === $value ) {
			$refused[] = $attribute;
		}
		if ( '' === $value && $setting ) {
			$value = $settings[ $setting ];
		}
		if ( '' !== $value ) {
			$values[ $attribute ] = $value;
		}
	}
	$notices = array();
	if ( $refused ) {
		/* translators: %s: attribute names. */
		$notices[] = sprintf( __( 'ignored %s: not a valid value.', 'dexcare-virtual-visit' ), implode( ', ', $refused ) );
	}
	$incomplete = empty( $values['practice-id'] ) || empty( $values['brand'] );
	if ( $incomplete ) {
		$notices[] = __( 'set a practice ID and a brand in Settings → DexCare virtual visit, or give practice-id and brand here. Visitors see nothing until then.', 'dexcare-virtual-visit' );
	}
	$notice = $notices && current_user_can( 'edit_posts' )
		? '<p class="dexcare-vv-notice" role="note"><strong>' . esc_html__( 'DexCare virtual visit:', 'dexcare-virtual-visit' ) . '</strong> ' . esc_html( implode( ' ', $notices ) ) . '</p>'
		: '';
	if ( $incomplete ) {
		return $notice;
	}

	dexcare_vv_enqueue();
	$markup = '';
	$attributes = dexcare_vv_attributes();
	foreach ( $values as $attribute => $value ) {
		$is_url  = 'dexcare_vv_clean_url' === $attributes[ $attribute ][1];
		$escaped = $is_url ? dexcare_vv_escape_keeping_placeholder( $value, 'esc_url' ) : esc_attr( $value );
		$markup .= ' ' . $attribute . '="' . $escaped . '"';
	}
	$color = sanitize_hex_color( $settings['theme_color'] );
	if ( $color ) {
		$markup .= ' style="--dexcare-primary: ' . esc_attr( $color ) . '"';
	}
	$fallback = '' === $settings['fallback_text'] ? '' : '<p slot="unavailable">' . esc_html( $settings['fallback_text'] ) . '</p>';
	return $notice . '<dexcare-virtual-visit' . $markup . '>' . $fallback . '</dexcare-virtual-visit>';
}
