package vn.dti.dashboard.security;

/** One problem of an account request, by field ({@code username}, {@code password}, {@code role}, {@code unitCodes}). */
public record AccountProblem(String field, String message) {
}
