package org.ffw.subsidy;

import java.util.ArrayList;
import java.util.List;

/**
 * The new-application page as posted: text as typed, so that it is shown again unchanged with the amount, the
 * checks and the problems ({@link SubsidyPages}). {@code action}: "calculate" (recalculate without JavaScript),
 * "lookup" (fill in from the resident ID) or "submit".
 */
public class SubsidyForm {

    /** One month of the contributions table. */
    public static class Month {
        private String month;
        private String pension;
        private String medical;
        private String unemployment;
        private String workInjury;

        public Month() {
        }

        Month(String month, String pension, String medical, String unemployment, String workInjury) {
            this.month = month;
            this.pension = pension;
            this.medical = medical;
            this.unemployment = unemployment;
            this.workInjury = workInjury;
        }

        boolean blank() {
            return isBlank(pension) && isBlank(medical) && isBlank(unemployment) && isBlank(workInjury);
        }

        public String getMonth() { return month; }
        public void setMonth(String v) { month = v; }
        public String getPension() { return pension; }
        public void setPension(String v) { pension = v; }
        public String getMedical() { return medical; }
        public void setMedical(String v) { medical = v; }
        public String getUnemployment() { return unemployment; }
        public void setUnemployment(String v) { unemployment = v; }
        public String getWorkInjury() { return workInjury; }
        public void setWorkInjury(String v) { workInjury = v; }
    }

    private String token;
    private String action;
    private String employeeName;
    private String residentId;
    private String childBirthDate;
    private String childOrder = "1";
    private boolean employeeConfirmedChildOrder;
    private String birthCertificateNo;
    private String babies = "1";
    private boolean difficultBirth;
    private String leaveStart;
    private String leaveEnd;
    private List<Month> contributions = new ArrayList<>();
    private boolean dispatch;
    private String userUnitCreditCode;
    private String userUnitName;
    private boolean noOtherSubsidy;
    private String bankName;
    private String accountName;
    private String accountNo;

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public String getEmployeeName() { return employeeName; }
    public void setEmployeeName(String v) { employeeName = v; }
    public String getResidentId() { return residentId; }
    public void setResidentId(String v) { residentId = v; }
    public String getChildBirthDate() { return childBirthDate; }
    public void setChildBirthDate(String v) { childBirthDate = v; }
    public String getChildOrder() { return childOrder; }
    public void setChildOrder(String v) { childOrder = v; }
    public boolean isEmployeeConfirmedChildOrder() { return employeeConfirmedChildOrder; }
    public void setEmployeeConfirmedChildOrder(boolean v) { employeeConfirmedChildOrder = v; }
    public String getBirthCertificateNo() { return birthCertificateNo; }
    public void setBirthCertificateNo(String v) { birthCertificateNo = v; }
    public String getBabies() { return babies; }
    public void setBabies(String v) { babies = v; }
    public boolean isDifficultBirth() { return difficultBirth; }
    public void setDifficultBirth(boolean v) { difficultBirth = v; }
    public String getLeaveStart() { return leaveStart; }
    public void setLeaveStart(String v) { leaveStart = v; }
    public String getLeaveEnd() { return leaveEnd; }
    public void setLeaveEnd(String v) { leaveEnd = v; }
    public List<Month> getContributions() { return contributions; }
    public void setContributions(List<Month> v) { contributions = v; }
    public boolean isDispatch() { return dispatch; }
    public void setDispatch(boolean v) { dispatch = v; }
    public String getUserUnitCreditCode() { return userUnitCreditCode; }
    public void setUserUnitCreditCode(String v) { userUnitCreditCode = v; }
    public String getUserUnitName() { return userUnitName; }
    public void setUserUnitName(String v) { userUnitName = v; }
    public boolean isNoOtherSubsidy() { return noOtherSubsidy; }
    public void setNoOtherSubsidy(boolean v) { noOtherSubsidy = v; }
    public String getBankName() { return bankName; }
    public void setBankName(String v) { bankName = v; }
    public String getAccountName() { return accountName; }
    public void setAccountName(String v) { accountName = v; }
    public String getAccountNo() { return accountNo; }
    public void setAccountNo(String v) { accountNo = v; }
}
