package org.tejido.messaging.smpp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.jspecify.annotations.Nullable;

import org.tejido.messaging.internal.Gateway;

/**
 * One collective's transceiver session with its SMS centre: bound on first need, used for
 * every message and for what the SMS centre delivers, bound again after it broke (at
 * growing intervals while binding fails), unbound when the settings change or Tejido
 * stops.
 */
final class Link implements MessageReceiverListener {

	private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

	private static final int ENQUIRE_LINK_MILLIS = 30_000;

	private final Gateway gateway;

	private final Duration timeout;

	private final Duration firstWait;

	private final Incoming incoming;

	private @Nullable SMPPSession session;

	private int failures;

	private Instant nextBind = Instant.EPOCH;

	private String problem = "";

	Link(Gateway gateway, Duration timeout, Duration firstWait, Incoming incoming) {
		this.gateway = gateway;
		this.timeout = timeout;
		this.firstWait = firstWait;
		this.incoming = incoming;
	}

	/** Whether this link connects as the gateway says (the pace aside). */
	boolean serves(Gateway other) {
		return this.gateway.host().equals(other.host()) && this.gateway.port() == other.port()
				&& this.gateway.username().equals(other.username()) && this.gateway.password().equals(other.password())
				&& this.gateway.systemType().equals(other.systemType()) && this.gateway.number().equals(other.number());
	}

	/**
	 * The bound session, binding first if there is none; fails at once while waiting to
	 * bind again after a failure.
	 */
	synchronized SMPPSession bound() throws IOException {
		SMPPSession current = this.session;
		if (current != null && current.getSessionState().isBound()) {
			return current;
		}
		if (current != null) {
			current.close();
			this.session = null;
		}
		Instant now = Instant.now();
		if (now.isBefore(this.nextBind)) {
			throw new IOException(this.problem);
		}
		SMPPSession fresh = new SMPPSession((host, port) -> connect(host, port));
		fresh.setTransactionTimer(this.timeout.toMillis());
		fresh.setEnquireLinkTimer(ENQUIRE_LINK_MILLIS);
		fresh.setMessageReceiverListener(this);
		try {
			fresh.connectAndBind(this.gateway.host(), this.gateway.port(),
					new BindParameter(BindType.BIND_TRX, this.gateway.username(), this.gateway.password(),
							this.gateway.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
					this.timeout.toMillis());
		}
		catch (IOException ex) {
			fresh.close();
			this.failures++;
			this.nextBind = now.plus(wait(this.failures));
			this.problem = why(ex);
			throw new IOException(this.problem, ex);
		}
		this.session = fresh;
		this.failures = 0;
		this.problem = "";
		return fresh;
	}

	/** Binds if it is not bound and may try now; never fails. */
	void keep() {
		try {
			bound();
		}
		catch (IOException ex) {
			// tried again on the next round, or when a message is due
		}
	}

	synchronized void close() {
		SMPPSession current = this.session;
		this.session = null;
		if (current != null) {
			current.unbindAndClose();
		}
	}

	@Override
	public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
		this.incoming.deliverSm(this.gateway, deliverSm);
	}

	@Override
	public void onAcceptAlertNotification(AlertNotification alertNotification) {
		// a phone became reachable again; the SMS centre retries on its own
	}

	@Override
	public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
		throw new ProcessRequestException("data_sm is not taken, send deliver_sm", SMPPConstant.STAT_ESME_RINVCMDID);
	}

	private Duration wait(int failures) {
		Duration wait = this.firstWait;
		for (int i = 1; i < failures && wait.compareTo(LONGEST_WAIT) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
	}

	private SocketConnection connect(String host, int port) throws IOException {
		Socket socket = new Socket();
		try {
			socket.connect(new InetSocketAddress(host, port), (int) this.timeout.toMillis());
			return new SocketConnection(socket);
		}
		catch (IOException ex) {
			socket.close();
			throw ex;
		}
	}

	/** What went wrong, without the SMS centre's address. */
	private static String why(IOException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof NegativeResponseException refused) {
				return "the SMS centre refused the bind: " + Statuses.name(refused.getCommandStatus());
			}
			if (cause instanceof ConnectException) {
				return "SMS centre unreachable: connection refused";
			}
			if (cause instanceof SocketTimeoutException) {
				return "SMS centre unreachable: no connection in time";
			}
			if (cause instanceof UnknownHostException) {
				return "SMS centre unreachable: unknown host";
			}
			if (cause instanceof ResponseTimeoutException) {
				return "the SMS centre did not answer the bind in time";
			}
		}
		return "could not bind to the SMS centre: " + Objects.toString(ex.getClass().getSimpleName());
	}

}
