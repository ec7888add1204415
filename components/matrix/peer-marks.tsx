import type { CSSProperties } from "react";
import type { Peer } from "@/lib/collab";

function isEditing(peer: Peer): boolean {
  return peer.focus?.editing === true;
}

/**
 * A ring in the first peer's colour on the cell they are on; a double ring while someone is
 * editing its text. Box shadows, not outlines, so the keyboard focus outline stays visible.
 */
export function peerRing(peers: readonly Peer[]): CSSProperties | undefined {
  const editor = peers.find(isEditing);
  if (editor) {
    const color = editor.user.color;
    return { boxShadow: `inset 0 0 0 2px ${color}, inset 0 0 0 4px #ffffff, inset 0 0 0 6px ${color}` };
  }
  const first = peers[0];
  return first ? { boxShadow: `inset 0 0 0 2px ${first.user.color}` } : undefined;
}

/** "Here now: Ana (editing the text), Ben": for the cell's tooltip. */
export function peerNote(peers: readonly Peer[]): string | null {
  if (peers.length === 0) return null;
  const names = peers.map((peer) => (isEditing(peer) ? `${peer.user.name} (editing the text)` : peer.user.name));
  return `Here now: ${names.join(", ")}`;
}

const INK = "#1b1f24";

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** White or ink, whichever reads better on a person's colour (some of the palette is light). */
export function textOn(hex: string): string {
  const light = luminance(hex) + 0.05;
  return 1.05 / light >= light / (luminance(INK) + 0.05) ? "#ffffff" : INK;
}

/** Each person's initial in their colour; a pencil marks the one editing the text. */
export function PeerTags({ peers }: { peers: readonly Peer[] }) {
  if (peers.length === 0) return null;
  return (
    <span className="pointer-events-none absolute top-0.5 right-0.5 flex gap-0.5" aria-hidden="true">
      {peers.map((peer) => (
        <span
          key={peer.clientId}
          data-peer={peer.user.name}
          data-editing={isEditing(peer) || undefined}
          className="rounded px-1 text-[10px] leading-4 font-semibold"
          style={{ backgroundColor: peer.user.color, color: textOn(peer.user.color) }}
        >
          {isEditing(peer) ? "✎ " : ""}
          {peer.user.name.slice(0, 1).toUpperCase()}
        </span>
      ))}
    </span>
  );
}
