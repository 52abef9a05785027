import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { LoggedIn, Public } from '../../common/auth.js';
import type { Context } from '../../common/context.js';
import type { Viewer } from '../../common/viewer.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import { DomainError } from '../../common/domain-error.js';
import { User } from '../users/user.entity.js';
import type { RequestMeta } from './auth.service.js';
import { ChangePasswordInput, LoginInput } from './dto/auth.inputs.js';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './session-cookie.js';

function requestMeta(ctx: Context): RequestMeta {
  return { ip: ctx.http?.req.ip ?? null, userAgent: ctx.http?.req.get('user-agent') ?? null };
}

@Resolver()
export class AuthResolver {
  constructor(private readonly services: Pick<AppServices, 'auth' | 'users'>) {}

  @Public()
  @Mutation(() => User, { description: 'Signs in with e-mail and password; sets the session cookie.' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<User> {
    if (!ctx.http) throw new DomainError('BAD_USER_INPUT', 'Sign in over HTTP, not over the live-update connection.');
    const { req, res } = ctx.http;
    const { auth, users } = this.services;
    const { userId, token } = await auth.login(input.email, input.password, requestMeta(ctx), readSessionToken(req));
    setSessionCookie(req, res, token, auth.maxAgeMs());
    ctx.viewer = await auth.resolveSession(token);
    return users.get(userId);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session (server-side) and clears the cookie.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (!ctx.http) return false;
    await this.services.auth.logout(readSessionToken(ctx.http.req));
    clearSessionCookie(ctx.http.req, ctx.http.res);
    ctx.viewer = null;
    return true;
  }

  @LoggedIn()
  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions end.' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    await this.services.auth.changePassword(viewer, input.currentPassword, input.newPassword, requestMeta(ctx));
    return true;
  }
}
