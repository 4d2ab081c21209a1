/**
 * The block in the editor: its attributes in the sidebar, and a live preview rendered by the same PHP
 * as the page (ServerSideRender). Plain JavaScript on WordPress's globals: no build step.
 * Empty fields fall back to Settings → DexCare virtual visit.
 */
( function ( blocks, element, blockEditor, components, ServerSideRender, i18n ) {
	const el = element.createElement;
	const __ = ( text ) => i18n.__( text, 'dexcare-virtual-visit' );
	const fromSettings = __( 'Empty: the site\'s setting.' );

	blocks.registerBlockType( 'dexcare/virtual-visit', {
		edit( { attributes, setAttributes } ) {
			const text = ( key, label, help ) =>
				el( components.TextControl, {
					key,
					label,
					help: help || fromSettings,
					value: attributes[ key ],
					onChange: ( value ) => setAttributes( { [ key ]: value } ),
				} );
			const choice = ( key, label, options ) =>
				el( components.SelectControl, {
					key,
					label,
					options,
					value: attributes[ key ],
					onChange: ( value ) => setAttributes( { [ key ]: value } ),
				} );
			return el(
				element.Fragment,
				null,
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'Widget' ) },
						text( 'practiceId', __( 'Practice ID' ) ),
						text( 'brand', __( 'Brand' ) ),
						text( 'regionCode', __( 'State code' ), __( 'Preselects a state, such as MT. Empty: the patient picks.' ) ),
						text( 'departmentId', __( 'Department ID' ), __( 'Empty: DexCare\'s default department.' ) ),
						choice( 'locale', __( 'Language' ), [
							{ label: __( 'The site\'s setting' ), value: '' },
							{ label: 'English', value: 'en' },
							{ label: 'Español', value: 'es' },
						] ),
						choice( 'mode', __( 'Display' ), [
							{ label: __( 'In the page' ), value: '' },
							{ label: __( 'A button that opens a dialog' ), value: 'dialog' },
						] )
					),
					el(
						components.PanelBody,
						{ title: __( 'Connection' ), initialOpen: false },
						text( 'apiBaseUrl', __( 'API base URL' ) ),
						text( 'sessionUrl', __( 'Session URL' ) ),
						text( 'signInUrl', __( 'Sign-in URL' ) )
					)
				),
				el( 'div', blockEditor.useBlockProps(), el( ServerSideRender, { block: 'dexcare/virtual-visit', attributes } ) )
			);
		},
		save: () => null,
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.serverSideRender, window.wp.i18n );
