from django.urls import path

from intake import views

app_name = "intake"

urlpatterns = [
    path("", views.start, name="start"),
    path("resume/<str:token>/", views.resume, name="resume"),
    path("step/<slug:slug>/", views.step_page, name="step"),
    path("review/", views.review, name="review"),
    path("done/", views.done, name="done"),
    path("medications/suggest/", views.suggest_medications, name="suggest_medications"),
]
