package com.dealercs.application;

/** What an administrator gives to create an account ({@code role} as its name, unchecked yet). */
public record NewUserAccount(String username, String password, String role, String dealerCode) {
}
