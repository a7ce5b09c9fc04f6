import { signOutAction } from "@/lib/auth/sign-out-action";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-white/60 px-3 py-1 hover:bg-white/10">
        Log ud
      </button>
    </form>
  );
}
