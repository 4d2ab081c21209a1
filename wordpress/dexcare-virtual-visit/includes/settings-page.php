<?php
/**
 * Settings → DexCare virtual visit: the defaults every shortcode and block falls back to, so editors
 * insert the widget without knowing any of them. The Settings API brings the nonce and the
 * manage_options check (and the page's own notices, as for every page under Settings); every value goes through a sanitiser, and a value it refuses is reported and
 * leaves the saved one as it was.
 *
 * @package DexCareVirtualVisit
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'dexcare_vv_register_settings' );
add_action( 'admin_menu', 'dexcare_vv_add_settings_page' );

function dexcare_vv_register_settings() {
	register_setting(
		'dexcare_vv',
		DEXCARE_VV_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'dexcare_vv_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'dexcare_vv_main', '', '__return_false', 'dexcare-virtual-visit' );
	foreach ( dexcare_vv_fields() as $key => $label ) {
		add_settings_field( $key, $label, 'dexcare_vv_render_field', 'dexcare-virtual-visit', 'dexcare_vv_main', array( 'key' => $key, 'label_for' => 'dexcare-vv-' . $key ) );
	}
}

function dexcare_vv_add_settings_page() {
	add_options_page(
		__( 'DexCare virtual visit', 'dexcare-virtual-visit' ),
		__( 'DexCare virtual visit', 'dexcare-virtual-visit' ),
		'manage_options',
		'dexcare-virtual-visit',
		'dexcare_vv_render_settings_page'
	);
}

/** Key => [sanitiser, what a valid value looks like]. */
function dexcare_vv_sanitizers() {
	return array(
		'practice_id'            => array( 'dexcare_vv_clean_id', __( 'letters, digits and dashes, as DexCare gives it', 'dexcare-virtual-visit' ) ),
		'brand'                  => array( 'dexcare_vv_clean_id', __( 'letters, digits and dashes, as DexCare gives it', 'dexcare-virtual-visit' ) ),
		'api_base_url'           => array( 'dexcare_vv_clean_url', __( 'an https:// address', 'dexcare-virtual-visit' ) ),
		'session_url'            => array( 'dexcare_vv_clean_url', __( 'an https:// address', 'dexcare-virtual-visit' ) ),
		'sign_in_url'            => array( 'dexcare_vv_clean_url', __( 'an https:// address', 'dexcare-virtual-visit' ) ),
		'waiting_room_url'       => array( 'dexcare_vv_clean_url', __( 'an https:// address', 'dexcare-virtual-visit' ) ),
		'locale'                 => array( 'dexcare_vv_clean_locale', __( 'one of the listed languages', 'dexcare-virtual-visit' ) ),
		'stripe_publishable_key' => array( 'dexcare_vv_clean_stripe_key', __( 'a publishable key, pk_live_… or pk_test_… (never a secret sk_ key)', 'dexcare-virtual-visit' ) ),
		'theme_color'            => array( 'sanitize_hex_color', __( 'a colour like #0b5cad', 'dexcare-virtual-visit' ) ),
		'fallback_text'          => array( 'sanitize_text_field', __( 'plain text', 'dexcare-virtual-visit' ) ),
	);
}

/** Cleans what the form sent; a refused value is reported and the saved one kept. */
function dexcare_vv_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? wp_unslash( $input ) : array();
	$saved  = dexcare_vv_settings();
	$fields = dexcare_vv_fields();
	$clean  = array();
	foreach ( dexcare_vv_sanitizers() as $key => list( $sanitize, $expected ) ) {
		$given = isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
		$value = '' === $given ? '' : (string) call_user_func( $sanitize, $given );
		if ( '' !== $given && '' === $value ) {
			/* translators: 1: a setting's name, 2: what a valid value looks like. */
			add_settings_error( DEXCARE_VV_OPTION, 'dexcare-vv-' . $key, sprintf( __( '%1$s was not saved: it must be %2$s.', 'dexcare-virtual-visit' ), $fields[ $key ], $expected ) );
			$value = $saved[ $key ];
		}
		$clean[ $key ] = $value;
	}
	return $clean;
}

/** One labelled field; the label comes from add_settings_field's label_for. */
function dexcare_vv_render_field( $args ) {
	$key      = $args['key'];
	$settings = dexcare_vv_settings();
	$id       = 'dexcare-vv-' . $key;
	$name     = DEXCARE_VV_OPTION . '[' . $key . ']';
	$value    = $settings[ $key ];
	$hints    = array(
		'practice_id'            => __( 'From DexCare: your practice\'s id, such as 0cee700e-f4c1-4459-b390-263e4ded436c.', 'dexcare-virtual-visit' ),
		'api_base_url'           => __( 'Where DexCare\'s API lives, such as https://api.example-health.org/.', 'dexcare-virtual-visit' ),
		'session_url'            => __( 'Your site\'s endpoint that tells the widget who is signed in (with the browser\'s cookies).', 'dexcare-virtual-visit' ),
		'sign_in_url'            => __( 'Where "Sign in" sends a patient; {returnUrl} is replaced by the page\'s address.', 'dexcare-virtual-visit' ),
		'waiting_room_url'       => __( 'Leave empty for DexCare\'s own waiting room.', 'dexcare-virtual-visit' ),
		'stripe_publishable_key' => __( 'Only if patients pay by card. The publishable key, never the secret one.', 'dexcare-virtual-visit' ),
		'fallback_text'          => __( 'Shown when patients cannot be seen online now, such as "Call (555) 010-0000".', 'dexcare-virtual-visit' ),
	);
	if ( 'locale' === $key ) {
		printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
		foreach ( dexcare_vv_locales() as $code => $language ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $code ), selected( $value, $code, false ), esc_html( $language ) );
		}
		echo '</select>';
	} else {
		$type = 'dexcare_vv_clean_url' === dexcare_vv_sanitizers()[ $key ][0] ? 'url' : 'text';
		printf( '<input class="regular-text" type="%s" id="%s" name="%s" value="%s"%s />', esc_attr( $type ), esc_attr( $id ), esc_attr( $name ), esc_attr( $value ), isset( $hints[ $key ] ) ? ' aria-describedby="' . esc_attr( $id ) . '-hint"' : '' );
	}
	if ( isset( $hints[ $key ] ) ) {
		printf( '<p class="description" id="%s-hint">%s</p>', esc_attr( $id ), esc_html( $hints[ $key ] ) );
	}
}

function dexcare_vv_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'DexCare virtual visit', 'dexcare-virtual-visit' ) . '</h1>';
	echo '<p>' . esc_html__( 'Defaults for every [dexcare_virtual_visit] shortcode and DexCare virtual visit block on this site. A shortcode or block attribute overrides its default.', 'dexcare-virtual-visit' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'dexcare_vv' );
	do_settings_sections( 'dexcare-virtual-visit' );
	submit_button();
	echo '</form></div>';
}
