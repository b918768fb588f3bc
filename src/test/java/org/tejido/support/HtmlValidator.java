package org.tejido.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C's Nu HTML checker, run in-process: the errors it finds in a page.
 */
public final class HtmlValidator {

	private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private HtmlValidator() {
	}

	public static List<String> errorsIn(String html) {
		Collector errors = new Collector();
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator();
			validator.setUpMainSchema(HTML5_SCHEMA, errors);
			validator.setUpValidatorAndParsers(errors, false, false);
			InputSource source = new InputSource(new StringReader(html));
			source.setEncoding("UTF-8");
			validator.checkHtmlInputSource(source);
		}
		catch (Exception ex) {
			errors.found.add("checker failed: " + ex);
		}
		return errors.found;
	}

	private static final class Collector implements ErrorHandler {

		private final List<String> found = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.found
				.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
		}

		@Override
		public void fatalError(SAXParseException exception) {
			error(exception);
		}

	}

}
