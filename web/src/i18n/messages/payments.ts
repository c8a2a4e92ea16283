import { defineMessages } from "../define";

export const payments = defineMessages({
  en: {
    loadingSettings: "Preparing the payment…",
    cardNext: "You will enter your card on the next step; Stripe processes it securely.",
    continue: "Continue to payment",
    stripeTestNotice: "Stripe test mode: choose how the test card behaves.",
    cardDetails: "Card details",
    loadingForm: "Loading the secure card form…",
    loadFailed: "The card form could not be loaded. Check your connection and try again.",
    pay: "Pay {{amount}}",
    paying: "Paying…",
    notConfirmed: "The card could not be confirmed. Check the details and try again.",
    processing: "Your bank is still processing the payment. We will let you know as soon as it completes.",
    actionUnsupported: "Your bank asks to confirm this card, which is not available here. Try another card.",
  },
  fr: {
    loadingSettings: "Préparation du paiement…",
    cardNext: "Vous saisirez votre carte à l’étape suivante ; Stripe la traite de façon sécurisée.",
    continue: "Continuer vers le paiement",
    stripeTestNotice: "Stripe en mode test : choisissez le comportement de la carte de test.",
    cardDetails: "Carte bancaire",
    loadingForm: "Chargement du formulaire de carte sécurisé…",
    loadFailed: "Le formulaire de carte n’a pas pu être chargé. Vérifiez votre connexion et réessayez.",
    pay: "Payer {{amount}}",
    paying: "Paiement…",
    notConfirmed: "La carte n’a pas pu être confirmée. Vérifiez les informations et réessayez.",
    processing: "Votre banque traite encore le paiement. Nous vous préviendrons dès qu’il sera terminé.",
    actionUnsupported:
      "Votre banque demande de confirmer cette carte, ce qui n’est pas possible ici. Essayez une autre carte.",
  },
});
