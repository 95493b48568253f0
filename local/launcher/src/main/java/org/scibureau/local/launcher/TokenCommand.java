package org.scibureau.local.launcher;

import java.io.PrintStream;

import org.scibureau.local.token.ClientCredentials;
import org.scibureau.local.token.TokenClaims;
import org.scibureau.local.token.TokenClient;
import org.scibureau.local.token.TokenException;

/**
 * {@code token}: prints an access token of the {@code scibureau-cli} client with the claims asked for, alone on
 * the last line of standard output, so that {@code $(./scibureau token | tail -1)} is the raw JWT.
 */
final class TokenCommand {

	private final TokenClient tokens;

	private final Console console;

	private final PrintStream out;

	private final String script;

	TokenCommand(TokenClient tokens, Console console, PrintStream out, String script) {
		this.tokens = tokens;
		this.console = console;
		this.out = out;
		this.script = script;
	}

	int run(Command.Token command) {
		TokenClaims claims = new TokenClaims(command.role(), command.jurisdiction(), command.org(), command.talentId(),
				null);
		try {
			this.out.println(this.tokens.token(ClientCredentials.CLI, claims));
			return 0;
		}
		catch (TokenException ex) {
			if (ex.serverUnavailable()) {
				this.console.error("scibureau is not running: no authorization server answers at "
						+ TokenClient.LOCAL_ISSUER + ". Start the platform with '" + this.script + " up'.");
			}
			else {
				this.console.error(ex.getMessage());
			}
			return 1;
		}
	}

}
