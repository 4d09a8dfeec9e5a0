from django.urls import path

from review import views

app_name = "review"

urlpatterns = [
    path("", views.worklist, name="worklist"),
    path("intakes/<uuid:pk>/", views.intake_detail, name="intake"),
    path("intakes/<uuid:pk>/print/", views.intake_print, name="print"),
    path("intakes/<uuid:pk>/fhir.json", views.intake_fhir, name="fhir"),
    path(
        "intakes/<uuid:pk>/flags/<int:flag_id>/acknowledge/",
        views.acknowledge_flag,
        name="acknowledge",
    ),
    path("intakes/<uuid:pk>/decide/", views.decide, name="decide"),
    path("intakes/<uuid:pk>/assign/", views.assign, name="assign"),
    path("intakes/<uuid:pk>/rescreen/", views.rescreen, name="rescreen"),
]
