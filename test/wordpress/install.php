<?php
/**
 * Installs WordPress without wp-cli (wp_install, as the web installer does), then makes the test's
 * author and an application password for the REST API. Prints JSON. Run by site.mjs with the
 * config name and host in the environment.
 */
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'DEXCARE_WP_CONFIG' );
$_SERVER['HTTP_HOST']        = getenv( 'DEXCARE_WP_HOST' );
$_SERVER['REQUEST_URI']      = '/';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install( 'A clinic on WordPress', 'admin', 'admin@example.org', false, '', getenv( 'DEXCARE_WP_ADMIN_PASSWORD' ) );
if ( is_wp_error( $installed ) ) {
	fwrite( STDERR, $installed->get_error_message() . "\n" );
	exit( 1 );
}
switch_theme( getenv( 'DEXCARE_WP_THEME' ) );
$author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => wp_generate_password( 24 ),
		'user_email' => 'author@example.org',
		'role'       => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	fwrite( STDERR, $author->get_error_message() . "\n" );
	exit( 1 );
}
list( $password ) = WP_Application_Passwords::create_new_application_password( $author, array( 'name' => 'dexcare-test' ) );
echo wp_json_encode(
	array(
		'author'            => 'author',
		'authorAppPassword' => $password,
		'authorCanUnfilteredHtml' => user_can( $author, 'unfiltered_html' ),
		'version'           => get_bloginfo( 'version' ),
	)
);
