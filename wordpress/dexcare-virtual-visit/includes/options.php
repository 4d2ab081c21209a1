<?php
/**
 * The plugin's one option: the site's defaults for every widget. Only configuration is stored here,
 * never a token or anything of a patient's (the widget asks session-url for those, in the browser).
 *
 * @package DexCareVirtualVisit
 */

defined( 'ABSPATH' ) || exit;

const DEXCARE_VV_OPTION = 'dexcare_virtual_visit';

/** Setting key => label, in the order of the settings page. */
function dexcare_vv_fields() {
	return array(
		'practice_id'            => __( 'Practice ID', 'dexcare-virtual-visit' ),
		'brand'                  => __( 'Brand', 'dexcare-virtual-visit' ),
		'api_base_url'           => __( 'API base URL', 'dexcare-virtual-visit' ),
		'session_url'            => __( 'Session URL', 'dexcare-virtual-visit' ),
		'sign_in_url'            => __( 'Sign-in URL', 'dexcare-virtual-visit' ),
		'waiting_room_url'       => __( 'Waiting room URL', 'dexcare-virtual-visit' ),
		'locale'                 => __( 'Language', 'dexcare-virtual-visit' ),
		'stripe_publishable_key' => __( 'Stripe publishable key', 'dexcare-virtual-visit' ),
		'theme_color'            => __( 'Theme colour', 'dexcare-virtual-visit' ),
		'fallback_text'          => __( 'Fallback text', 'dexcare-virtual-visit' ),
	);
}

/** The saved settings, every key present. */
function dexcare_vv_settings() {
	$saved = get_option( DEXCARE_VV_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array_merge( array_fill_keys( array_keys( dexcare_vv_fields() ), '' ), array_intersect_key( $saved, dexcare_vv_fields() ) );
}

/** Languages the widget speaks; '' follows the page's lang, then the browser. */
function dexcare_vv_locales() {
	return array(
		''   => __( 'The page\'s language', 'dexcare-virtual-visit' ),
		'en' => 'English',
		'es' => 'Español',
	);
}

/** A DexCare id (practice, brand, department): letters, digits, dot, dash, underscore. '' when not one. */
function dexcare_vv_clean_id( $value ) {
	$value = trim( (string) $value );
	return preg_match( '/^[A-Za-z0-9._-]{1,100}$/', $value ) ? $value : '';
}

/** A two-letter state code such as MT, upper-cased. '' when not one. */
function dexcare_vv_clean_region_code( $value ) {
	$value = strtoupper( trim( (string) $value ) );
	return preg_match( '/^[A-Z]{2}$/', $value ) ? $value : '';
}

/**
 * A WordPress URL escaper (esc_url, esc_url_raw) over `$url`, http(s) only, keeping the sign-in URL's
 * `{returnUrl}` placeholder, whose braces the escaper would strip.
 */
function dexcare_vv_escape_keeping_placeholder( $url, $escape ) {
	$marker = 'dexcare-vv-return-url-placeholder';
	return str_replace( $marker, '{returnUrl}', call_user_func( $escape, str_replace( '{returnUrl}', $marker, $url ), array( 'https', 'http' ) ) );
}

/** An https URL, or plain http on localhost only (as the widget itself requires). '' when not one. */
function dexcare_vv_clean_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$clean  = dexcare_vv_escape_keeping_placeholder( $value, 'esc_url_raw' );
	$scheme = wp_parse_url( $clean, PHP_URL_SCHEME );
	$host   = wp_parse_url( $clean, PHP_URL_HOST );
	$local  = in_array( $host, array( 'localhost', '127.0.0.1', '[::1]' ), true );
	if ( '' === $clean || ! ( 'https' === $scheme || ( 'http' === $scheme && $local ) ) ) {
		return '';
	}
	return $clean;
}

/** A Stripe publishable key (pk_test_… or pk_live_…). '' when not one. */
function dexcare_vv_clean_stripe_key( $value ) {
	$value = trim( (string) $value );
	return preg_match( '/^pk_(test|live)_[A-Za-z0-9]{8,}$/', $value ) ? $value : '';
}

/** One of dexcare_vv_locales(). '' when not one. */
function dexcare_vv_clean_locale( $value ) {
	$value = trim( (string) $value );
	return array_key_exists( $value, dexcare_vv_locales() ) ? $value : '';
}
