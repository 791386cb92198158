package org.boussole.browser;

import com.microsoft.playwright.Browser;

/** The two screens every browser journey runs on: a small phone and a laptop. */
public enum Viewport {

	/**
	 * A 360 px wide phone (the narrowest Boussole supports), touch screen, device pixel
	 * ratio 2.
	 */
	PHONE("phone 360×740", 360, 740, true),

	/** A desktop browser window. */
	DESKTOP("desktop 1280×800", 1280, 800, false);

	private final String label;

	private final int width;

	private final int height;

	private final boolean mobile;

	Viewport(String label, int width, int height, boolean mobile) {
		this.label = label;
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

	/**
	 * @return how test reports name this viewport
	 */
	public String label() {
		return label;
	}

	/**
	 * @return the width of the viewport, in CSS pixels
	 */
	public int width() {
		return width;
	}

	/**
	 * @return the height of the viewport, in CSS pixels
	 */
	public int height() {
		return height;
	}

	/**
	 * @return whether this is a phone (mobile emulation with a touch screen)
	 */
	public boolean isMobile() {
		return mobile;
	}

	/**
	 * @return the options of a fresh browser context with this viewport, in French and in
	 * Paris time
	 */
	Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setViewportSize(width, height)
			.setIsMobile(mobile)
			.setHasTouch(mobile)
			.setDeviceScaleFactor(mobile ? 2 : 1)
			.setLocale("fr-FR")
			.setTimezoneId("Europe/Paris");
	}

}
