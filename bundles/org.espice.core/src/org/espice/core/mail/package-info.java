/**
 * A plain-text summary of a finished batch, mailed over SMTP with the batch's report attached, for long and
 * headless runs. {@link org.espice.core.mail.MailSettings} says where to (host, port, STARTTLS or TLS, login,
 * recipients), {@link org.espice.core.mail.SummaryMail} writes the message from a
 * {@link org.espice.core.batch.BatchReport}, and {@link org.espice.core.mail.MailSender} sends it with Jakarta
 * Mail. Sending never throws: a server that cannot be reached or refuses the login gives a
 * {@link org.espice.core.mail.MailSender.Result} with a reason a user can act on, and the batch stays as it ended.
 */
package org.espice.core.mail;
