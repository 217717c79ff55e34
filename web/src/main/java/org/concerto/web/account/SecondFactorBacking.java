package org.concerto.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.concerto.security.AccountService;
import org.concerto.security.Enrolment;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Messages;
import org.concerto.web.Notices;
import org.concerto.web.security.ClientAddress;
import org.concerto.web.security.SecurityFilter;

/**
 * The second factor: /account/second-factor.xhtml is the step after the password (a code, or the
 * enrolment when the role requires one and none exists yet); /account/security.xhtml turns it on or off
 * for someone already in.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private Notices notices;

    @Inject
    private FacesContext context;

    private boolean enrolled;
    private boolean required;
    private int recoveryCodesLeft;
    private Enrolment enrolment;
    private List<String> recoveryCodes;
    /** Six digits, or a recovery code of eleven characters. */
    @NotBlank @Size(max = 11) private String code;
    /** What proves the owner turns the second factor off: a current code of their app, or their password. */
    @NotBlank @Size(max = 128) private String proof;

    /** View action of both pages. */
    public void load() {
        if (recoveryCodes == null) {
            enrolled = accounts.hasSecondFactor();
            required = accounts.secondFactorMandatory();
            recoveryCodesLeft = enrolled ? accounts.recoveryCodesLeft() : 0;
            if (!enrolled && required && enrolment == null) {
                enrolment = accounts.startEnrolment();
            }
        }
    }

    /** The step after the password: a right code opens the session (with a new id: the privilege rose). */
    public void verify() throws IOException {
        if (accounts.verifySecondFactor(code, address())) {
            HttpServletRequest request = request();
            request.getSession().setAttribute(SecurityFilter.LOGIN_STATE, SecurityFilter.VERIFIED);
            request.changeSessionId();
            ExternalContext external = context.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        } else {
            code = null;
            notices.error("error.totp.wrongCode");
        }
    }

    public void start() {
        enrolment = accounts.startEnrolment();
    }

    /** The code proves the app holds the key: enrolled; the recovery codes are shown once. */
    public void confirm() {
        try {
            recoveryCodes = accounts.enrol(enrolment, code, address());
        } catch (BusinessException refused) {
            // A wrong code is not shown again.
            code = null;
            throw refused;
        }
        enrolment = null;
        code = null;
        enrolled = true;
        recoveryCodesLeft = recoveryCodes.size();
        request().getSession().setAttribute(SecurityFilter.LOGIN_STATE, SecurityFilter.VERIFIED);
        notices.done("notice.account.secondFactorOn");
    }

    public void remove() {
        boolean removed = accounts.removeSecondFactor(proof, address());
        proof = null;
        if (!removed) {
            notices.error("error.totp.removalProof");
            return;
        }
        enrolled = false;
        recoveryCodesLeft = 0;
        notices.done("notice.account.secondFactorOff");
    }

    public String getQrCode() {
        return enrolment == null
                ? null
                : QrCode.svg(
                        enrolment.getUri(), Messages.get(context.getViewRoot().getLocale(), "account.secondFactor.qr"));
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) context.getExternalContext().getRequest();
    }

    private String address() {
        return ClientAddress.of(request());
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public boolean isRequired() {
        return required;
    }

    public int getRecoveryCodesLeft() {
        return recoveryCodesLeft;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
