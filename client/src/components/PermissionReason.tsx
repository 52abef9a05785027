/** Why the viewer may not do it, as the server's computed permission (`viewerCan`) says. */
export function PermissionReason({ permission }: { permission: { allowed: boolean; reason: string | null } }) {
  return !permission.allowed && permission.reason ? <p className="muted small reason">{permission.reason}</p> : null;
}
