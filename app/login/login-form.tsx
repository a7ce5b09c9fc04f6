"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { signInErrorMessage, signInSchema } from "@/lib/auth/sign-in-schema";
import { FieldError, FormError } from "@/components/form-messages";

type Errors = { email?: string; password?: string; form?: string };

/** `oidcLabel`: the organisation sign-in's button, when configured; `initialError`: a Danish message from ?error=. */
export function LoginForm({ oidcLabel, initialError }: { oidcLabel?: string; initialError?: string }) {
  const [errors, setErrors] = useState<Errors>(initialError ? { form: initialError } : {});
  const [pending, setPending] = useState(false);
  // Until the page is interactive the button stays disabled: a native submit must never send the password.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  // After a refused sign-in focus goes to the field to fix: the first one marked invalid, else the password (to type it
  // again). Without this the disabled button drops focus to the page, and the next Tab starts from the top.
  const formRef = useRef<HTMLFormElement>(null);
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused === 0) return;
    const form = formRef.current;
    const field =
      form?.querySelector<HTMLInputElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLInputElement>("#password");
    field?.focus();
    // A refused password is selected: typing replaces it (nobody wants to append to a wrong password).
    if (field?.type === "password") field.select();
  }, [refused]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const fields = parsed.error.flatten().fieldErrors;
      setErrors({ email: fields.email?.[0], password: fields.password?.[0] });
      setRefused((n) => n + 1);
      return;
    }
    setErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (!result || result.error) {
      setPending(false);
      setErrors({ form: signInErrorMessage(result?.error ?? "CredentialsSignin") });
      setRefused((n) => n + 1);
      return;
    }
    // A full page load of "/": the server answers it with a redirect to the user's start page (app/page.tsx), so
    // the browser goes straight there — no empty page at "/" while a client-side redirect runs (issue 16).
    window.location.replace("/");
  }

  return (
    <form
      ref={formRef}
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <FormError message={errors.form} />
      <div>
        <label htmlFor="email" className="block font-medium">
          E-mail
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={10_000}
          aria-invalid={!!errors.email}
          aria-describedby={errors.email ? "email-error" : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
        <FieldError id="email-error" message={errors.email} />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Adgangskode
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!errors.password}
          aria-describedby={errors.password ? "password-error" : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
        <FieldError id="password-error" message={errors.password} />
      </div>
      <button
        type="submit"
        disabled={pending || !ready}
        className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? "Logger ind …" : "Log ind"}
      </button>
      {oidcLabel && (
        <div className="border-t border-slate-200 pt-4">
          <button
            type="button"
            disabled={!ready}
            onClick={() => void signIn("oidc", { callbackUrl: "/" })}
            className="w-full rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
          >
            {oidcLabel}
          </button>
        </div>
      )}
    </form>
  );
}
