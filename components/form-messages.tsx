export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700" data-testid="field-error">
      {message}
    </p>
  );
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
      {message}
    </div>
  );
}

export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" data-testid="notice" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
      {children}
    </div>
  );
}
