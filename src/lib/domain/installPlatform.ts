// Which install steps fit this device. Apart from the welcome's words, so the layout can
// listen for the install prompt from the start without loading the welcome itself.

export type InstallPlatform = 'apple-mobile' | 'other';

export interface DeviceDescription {
	userAgent: string;
	platform: string;
	maxTouchPoints: number;
}

/**
 * iPhone and iPad cannot install from a prompt: Safari needs Share → Add to Home Screen.
 * iPadOS reports itself as a Mac, so a "Mac" with a touch screen is an iPad.
 */
export function installPlatform(device: DeviceDescription): InstallPlatform {
	if (/iPhone|iPad|iPod/.test(device.userAgent) || /iPhone|iPad|iPod/.test(device.platform)) {
		return 'apple-mobile';
	}
	const mac = /Macintosh/.test(device.userAgent) || device.platform === 'MacIntel';
	return mac && device.maxTouchPoints > 1 ? 'apple-mobile' : 'other';
}
