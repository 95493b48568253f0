package org.scibureau.plan.organisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.scibureau.plan.organisation.domain.OrganisationType;
import org.scibureau.plan.organisation.domain.UnifiedSocialCreditCode;
import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * The body of registering or updating an organisation.
 *
 * @param id on registration, the identifier an existing registry already gave the organisation (e.g. the local
 * platform's demo directory), kept so that tokens naming it match; generated when absent, ignored on update
 * @param creditCode the unified social credit code (18 characters; its check character is verified)
 * @param name the registered name
 * @param type the kind of organisation
 * @param jurisdiction the 6-digit division it belongs to
 */
record OrganisationRequest(@Nullable UUID id, @NotBlank @Size(max = 32) String creditCode, @NotBlank @Size(max = 200) String name,
		@NotNull OrganisationType type, @NotNull @Pattern(regexp = "\\d{6}") String jurisdiction) {

	/**
	 * The credit code.
	 * @throws ProblemException 400 naming {@code creditCode} when it is malformed or its check character is wrong
	 */
	UnifiedSocialCreditCode code() {
		try {
			return new UnifiedSocialCreditCode(this.creditCode);
		}
		catch (UnifiedSocialCreditCode.InvalidCreditCode ex) {
			throw new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
					List.of(FieldViolation.of("creditCode", "invalid-credit-code-" + ex.rule())));
		}
	}

}
